/**
 * Corridors out of the camp and their checkpoints: routes, status history, services offered, and the
 * append-only field events of who passed where, what they received and what happened to them there.
 * Other modules read it through {@link org.safepassage.corridor.CorridorManagement} and react to its events
 * ({@link org.safepassage.corridor.PassageRecorded}, {@link org.safepassage.corridor.ServiceDelivered},
 * {@link org.safepassage.corridor.CheckpointIncidentReported}, {@link org.safepassage.corridor.CheckpointEventRetracted},
 * {@link org.safepassage.corridor.CorridorStatusChanged}). It tells the consent module which destinations have a
 * corridor open now ({@link org.safepassage.consent.CorridorBoard}) and asks it whether a scanned person may travel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Corridors and checkpoints",
        allowedDependencies = {"consent", "registry", "security", "shared"})
package org.safepassage.corridor;
