package org.safepassage.consent;

import java.util.UUID;

/** Event: a destination was created or changed (names, corridor or transport now available, active). */
public record DestinationChanged(UUID destinationId, String code) {
}
