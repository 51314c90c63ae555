package org.safepassage.registry;

import java.util.UUID;

/** Two households became one; the absorbed one is closed. */
public record HouseholdsMerged(UUID keptHouseholdId, UUID absorbedHouseholdId) {
}
