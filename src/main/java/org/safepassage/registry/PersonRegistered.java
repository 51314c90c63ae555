package org.safepassage.registry;

import java.util.UUID;

/** A person was added to the registry. */
public record PersonRegistered(UUID individualId, UUID householdId) {
}
