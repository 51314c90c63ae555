package org.safepassage.transport.alert;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone who boarded a convoy and is unaccounted for: where they were last seen (a checkpoint, or boarding when
 * {@code lastSeenCheckpointId} is null), where and by when they were expected (arrival when
 * {@code expectedCheckpointId} is null), or the incident that held them. Open until resolved with an outcome.
 */
public record UnaccountedAlert(UUID id, UUID convoyId, UUID individualId, UUID householdId, UUID vehicleId,
        AlertCause cause, String stage, Instant raisedAt, UUID lastSeenCheckpointId, Instant lastSeenAt,
        UUID expectedCheckpointId, Instant expectedBy, UUID incidentId, Instant resolvedAt, String resolvedBy,
        AlertOutcome outcome, String outcomeNote) {

    public static final String ARRIVAL = "ARRIVAL";

    public boolean open() {
        return resolvedAt == null;
    }

    public boolean expectedAtArrival() {
        return ARRIVAL.equals(stage);
    }
}
