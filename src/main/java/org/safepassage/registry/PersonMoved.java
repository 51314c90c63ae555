package org.safepassage.registry;

import java.util.UUID;

/** A person moved from one household to another (a recorded operation). */
public record PersonMoved(UUID individualId, UUID fromHouseholdId, UUID toHouseholdId) {
}
