package org.safepassage.transport;

import java.util.UUID;

/** Event: a convoy's plan no longer matches who may travel (reason: CONSENT_WITHDRAWN, CONSENT_GIVEN, ...). */
public record PlanFlagged(UUID runId, UUID convoyId, String reason) {
}
