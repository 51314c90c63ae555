package org.safepassage.transport;

import java.util.UUID;

/** Event: a convoy moved to a new status (PLANNING, MANIFEST_FROZEN, BOARDING, DEPARTED, ARRIVED, ABORTED). */
public record ConvoyStatusChanged(UUID convoyId, String status) {
}
