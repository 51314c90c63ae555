package org.safepassage.consent;

import java.util.UUID;

/** Event: a protection officer released a hold; the person may travel to the destination if nothing else holds them. */
public record ProtectionHoldReleased(UUID holdId, UUID individualId, UUID householdId, UUID destinationId) {
}
