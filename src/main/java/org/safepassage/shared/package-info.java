/**
 * What every module truly needs and nothing more: ids, the clock, paging, the database.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.safepassage.shared;
