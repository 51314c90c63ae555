package org.safepassage.transport.planning;

import java.time.Instant;
import java.util.UUID;

/** One reason a plan was flagged, with the person or household concerned (by id). */
public record PlanFlag(UUID id, UUID runId, Instant at, FlagReason reason, UUID individualId, UUID householdId) {
}
