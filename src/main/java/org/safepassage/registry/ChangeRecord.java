package org.safepassage.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a person's or household's history: who did what and when; for a field edit the field and its
 * old and new value; for an operation (MOVED, SPLIT, MERGED...) its reason.
 */
public record ChangeRecord(long id, Instant at, String actor, String operation, String recordType, UUID recordId,
        String field, String oldValue, String newValue, String reason) {
}
