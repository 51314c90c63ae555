package org.safepassage.transport.journey;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Where one person who boarded a convoy was seen since: at boarding, at checkpoints (by their sequence along
 * the corridor) and at arrival.
 */
public record Trail(UUID individualId, UUID householdId, UUID vehicleId, Instant boardedAt,
        TreeMap<Integer, Seen> checkpoints, Instant arrivedAt) {

    public record Seen(UUID checkpointId, Instant at) {
    }

    public Trail {
        checkpoints = new TreeMap<>(checkpoints);
    }

    public boolean arrived() {
        return arrivedAt != null;
    }

    /** The furthest checkpoint they were seen at (0 if none since boarding). */
    public int furthestSequence() {
        return checkpoints.isEmpty() ? 0 : checkpoints.lastKey();
    }

    public Optional<Seen> furthestCheckpoint() {
        return checkpoints.isEmpty() ? Optional.empty() : Optional.of(checkpoints.lastEntry().getValue());
    }

    /** When they were last seen anywhere. */
    public Instant lastSeenAt() {
        Instant last = boardedAt;
        for (Map.Entry<Integer, Seen> seen : checkpoints.entrySet()) {
            if (seen.getValue().at().isAfter(last)) {
                last = seen.getValue().at();
            }
        }
        return arrivedAt != null && arrivedAt.isAfter(last) ? arrivedAt : last;
    }

    public boolean seenAt(int sequence) {
        return checkpoints.containsKey(sequence);
    }
}
