package org.safepassage.transport;

import java.time.Duration;
import java.util.UUID;

/**
 * What a planning job has found so far.
 *
 * @param job      the job's id
 * @param bestPlan the best plan so far; when {@code finished}, the plan the job returns
 * @param elapsed  time since the job started
 * @param finished the solver stopped (time limit, no improvement for a while, or stopped on request)
 */
public record PlanningProgress(UUID job, ConvoyPlan bestPlan, Duration elapsed, boolean finished) {
}
