package org.safepassage.corridor;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A household or some of its members received a service at a checkpoint. When {@code correctsEventId} is set,
 * this delivery replaces that earlier one. Carries ids only.
 */
public record ServiceDelivered(UUID eventId, UUID checkpointId, UUID corridorId, Instant deliveredAt,
        UUID householdId, Set<UUID> individualIds, ServiceType service, UUID correctsEventId) {

    public ServiceDelivered {
        individualIds = Set.copyOf(individualIds);
    }
}
