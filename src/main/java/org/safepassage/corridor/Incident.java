package org.safepassage.corridor;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An incident report in force, for protection staff only. */
public record Incident(UUID id, UUID checkpointId, IncidentType type, Instant occurredAt, UUID householdId,
        Set<UUID> individualIds, int peopleCount, UUID convoyId, String status, Instant reportedAt,
        String reportedBy) {

    public Incident {
        individualIds = Set.copyOf(individualIds);
    }
}
