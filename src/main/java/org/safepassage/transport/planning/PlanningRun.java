package org.safepassage.transport.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A planning run and its progress: the best plan's score so far, how long it has solved, how many units and
 * people it placed, and how many times the plan was flagged since (a changed consent, a hold, a registry change).
 */
public record PlanningRun(UUID id, UUID convoyId, RunStatus status, Instant startedAt, String startedBy,
        int timeLimitSeconds, boolean stopRequested, Duration elapsed, String score, Boolean feasible,
        int improvements, Instant finishedAt, String failure, int units, int people, int placedUnits,
        int placedPeople, int flags) {

    public boolean solving() {
        return status == RunStatus.SOLVING;
    }

    public boolean hasPlan() {
        return score != null;
    }

    /** A plan that may be frozen into manifests: over, with a plan that breaks no hard rule, not flagged since. */
    public boolean usable() {
        return status.isOver() && status != RunStatus.FAILED && hasPlan() && Boolean.TRUE.equals(feasible)
                && flags == 0;
    }

    public boolean flagged() {
        return flags > 0;
    }

    /** Share of the time limit used, 0-100, for a progress bar. */
    public int percentOfLimit() {
        long limit = Math.max(1, timeLimitSeconds * 1000L);
        return (int) Math.min(100, elapsed.toMillis() * 100 / limit);
    }
}
