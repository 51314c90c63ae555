/**
 * The web shell: layout, navigation, home page, language (English and Arabic, right-to-left) and the way
 * errors reach people and scripts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.safepassage.shell;
