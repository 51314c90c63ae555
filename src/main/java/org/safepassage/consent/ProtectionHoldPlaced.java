package org.safepassage.consent;

import java.util.UUID;

/** Event: a person is held back from convoys to the destination until a protection officer releases them. */
public record ProtectionHoldPlaced(UUID holdId, UUID individualId, UUID householdId, UUID destinationId) {
}
