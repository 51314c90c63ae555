package org.safepassage.transport.route;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * People of a convoy seen passing a checkpoint (the corridor's passage events in force). When nobody was named,
 * only {@code personCount} people of the household were counted.
 */
public record Sighting(UUID checkpointId, int sequence, Instant at, UUID householdId, Set<UUID> individualIds,
        int personCount) {

    public Sighting {
        individualIds = Set.copyOf(individualIds);
    }
}
