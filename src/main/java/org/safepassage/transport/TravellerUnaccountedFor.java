package org.safepassage.transport;

import java.util.UUID;

/**
 * Event: someone who boarded a convoy was not seen where and when expected, or was held back or detained at a
 * checkpoint. Protection and logistics staff must look for them; the alert stays open until resolved.
 */
public record TravellerUnaccountedFor(UUID alertId, UUID convoyId, UUID individualId, String cause) {
}
