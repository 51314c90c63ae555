/**
 * Users, roles, field devices, authentication and the hash-chained audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.safepassage.security;
