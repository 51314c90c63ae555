package org.safepassage.transport;

import java.util.UUID;

/** Event: people of a household were recorded boarding a convoy or arriving with it (kind BOARDED or ARRIVED). */
public record TravellersMoved(UUID reportId, UUID convoyId, UUID householdId, String kind) {
}
