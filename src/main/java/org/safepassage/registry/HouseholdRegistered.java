package org.safepassage.registry;

import java.util.UUID;

/** A household was registered (with its members). */
public record HouseholdRegistered(UUID householdId) {
}
