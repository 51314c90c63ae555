/**
 * Transport: vehicles, convoys and the planning of who rides which vehicle (Timefold Solver in
 * {@code solver}). The planning API ({@link org.safepassage.transport.ConvoyPlanner} and its records) works
 * without the database, so that any instance can be solved and checked outside the operation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transport")
package org.safepassage.transport;
