package org.safepassage.registry;

import java.util.UUID;

/** A duplicate registration was merged into the record kept. */
public record PersonsMerged(UUID keptIndividualId, UUID duplicateIndividualId) {
}
