package org.safepassage.security;

import java.time.Instant;

/** One line of the audit log: who did what to which record, when, from where. */
public record AuditEntry(long id, Instant at, String actor, String action, String recordType, String recordId,
        String address, String details) {
}
