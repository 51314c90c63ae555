package org.safepassage.corridor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The order of checkpoints along a corridor must be unambiguous and agree with the expected travel times:
 * one checkpoint per position, and a later checkpoint is never expected to be reached sooner than an earlier
 * one. Alarms for people not seen at the next checkpoint rely on both.
 */
final class CheckpointOrder {

    private record Stop(UUID id, int sequence, int minutes) {
    }

    private CheckpointOrder() {
    }

    /** What would be wrong with the corridor's checkpoints if this one were placed as stated. */
    static List<Violation> violations(List<Checkpoint> current, UUID placedId, CheckpointDetails placed) {
        List<Stop> stops = new ArrayList<>();
        for (var checkpoint : current) {
            if (!checkpoint.id().equals(placedId)) {
                if (checkpoint.sequence() == placed.sequence()) {
                    return List.of(new Violation("sequence", "checkpoint.error.sequenceTaken"));
                }
                stops.add(new Stop(checkpoint.id(), checkpoint.sequence(), checkpoint.expectedMinutesFromCamp()));
            }
        }
        stops.add(new Stop(placedId, placed.sequence(), placed.expectedMinutesFromCamp()));
        stops.sort(Comparator.comparingInt(Stop::sequence));
        for (int i = 1; i < stops.size(); i++) {
            if (stops.get(i).minutes() < stops.get(i - 1).minutes()) {
                return List.of(new Violation("expectedMinutesFromCamp", "checkpoint.error.minutesOutOfOrder"));
            }
        }
        return List.of();
    }
}
