package org.safepassage.corridor;

import java.time.Instant;
import java.util.UUID;

/**
 * A corridor's status history gained an entry. {@code currentStatus} is the status in force now, after it
 * (an entry dated in the past may not change it).
 */
public record CorridorStatusChanged(UUID corridorId, UUID changeId, CorridorStatus status, Instant effectiveAt,
        CorridorStatus currentStatus) {
}
