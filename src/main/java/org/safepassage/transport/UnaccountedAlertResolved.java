package org.safepassage.transport;

import java.util.UUID;

/** Event: an unaccounted-for alert was resolved with a recorded outcome. */
public record UnaccountedAlertResolved(UUID alertId, UUID convoyId, UUID individualId, String outcome) {
}
