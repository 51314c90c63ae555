package org.safepassage.corridor;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An incident was reported at a checkpoint. {@link #holdsPeople()} tells that people were held back or
 * detained there and did not go on: whoever accounts for travellers must raise an alert. The people concerned
 * are named by id where known. When {@code correctsIncidentId} is set, this report replaces that earlier one.
 */
public record CheckpointIncidentReported(UUID incidentId, UUID checkpointId, UUID corridorId, IncidentType type,
        Instant occurredAt, UUID householdId, Set<UUID> individualIds, int peopleCount, UUID convoyId,
        UUID correctsIncidentId) {

    public CheckpointIncidentReported {
        individualIds = Set.copyOf(individualIds);
    }

    public boolean holdsPeople() {
        return type.holdsPeople();
    }
}
