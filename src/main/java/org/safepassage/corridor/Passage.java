package org.safepassage.corridor;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A passage in force (not corrected, not retracted): who passed which checkpoint, when, in which convoy. */
public record Passage(UUID eventId, UUID checkpointId, UUID corridorId, int checkpointSequence, Instant passedAt,
        UUID householdId, Set<UUID> individualIds, int personCount, UUID convoyId, Instant departedCampAt) {

    public Passage {
        individualIds = Set.copyOf(individualIds);
    }
}
