package org.safepassage.registry;

import java.util.Set;
import java.util.UUID;

/** Some members left a household to form a new one. */
public record HouseholdSplit(UUID fromHouseholdId, UUID newHouseholdId, Set<UUID> individualIds) {
}
