package org.safepassage.registry;

import java.util.Set;
import java.util.UUID;

/** Recorded fields of a person changed; {@code fields} names them (template column names). */
public record PersonChanged(UUID individualId, UUID householdId, Set<String> fields) {
}
