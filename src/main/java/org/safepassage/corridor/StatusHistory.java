package org.safepassage.corridor;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A corridor's status history, newest first. The current status is derived from it, never kept apart: the
 * latest entry that has taken effect.
 */
public record StatusHistory(List<StatusChange> changes) {

    private static final Comparator<StatusChange> NEWEST_FIRST = Comparator
            .comparing(StatusChange::effectiveAt).thenComparing(StatusChange::recordedAt).reversed();

    public StatusHistory {
        changes = changes.stream().sorted(NEWEST_FIRST).toList();
    }

    /** The entry in force at the given moment, if the corridor had any status by then. */
    public Optional<StatusChange> inForceAt(Instant moment) {
        return changes.stream().filter(change -> !change.effectiveAt().isAfter(moment)).findFirst();
    }

    /** The status at the given moment; a corridor with no history yet counts as planned. */
    public CorridorStatus statusAt(Instant moment) {
        return inForceAt(moment).map(StatusChange::status).orElse(CorridorStatus.PLANNED);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
