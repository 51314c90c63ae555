package org.safepassage.corridor;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * People passed a checkpoint. {@code individualIds} are those named as having passed (empty when only a head
 * count, {@code personCount}, was given). When {@code correctsEventId} is set, this passage replaces that
 * earlier one. Carries ids only.
 */
public record PassageRecorded(UUID eventId, UUID checkpointId, UUID corridorId, Instant passedAt,
        UUID householdId, Set<UUID> individualIds, int personCount, UUID convoyId, Instant departedCampAt,
        UUID correctsEventId) {

    public PassageRecorded {
        individualIds = Set.copyOf(individualIds);
    }
}
