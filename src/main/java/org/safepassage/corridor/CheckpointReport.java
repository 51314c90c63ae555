package org.safepassage.corridor;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A field report from a checkpoint, identified by an id its sender chose. Sending the same report again is
 * harmless; sending a different report under the same id is refused. Its {@link #fingerprint()} is what tells
 * the two apart.
 */
public sealed interface CheckpointReport permits RecordPassage, RecordService, ReportIncident, RetractEvent {

    UUID id();

    EventKind kind();

    Instant occurredAt();

    /** Where it happened; null for a retraction, which happens where the retracted event did. */
    UUID checkpointId();

    /** The household concerned, or null. */
    UUID householdId();

    /** The members of the household named as concerned (passed, served, held). */
    Set<UUID> individualIds();

    /** The earlier event this one corrects (replaces), or null. */
    UUID corrects();

    /** What the audit log keeps of the report: counts and codes, never names. */
    String auditDetails();

    /** What is wrong with the report as sent, before looking anything up. */
    List<Violation> violations();

    /** The report's content in one canonical line: equal reports give equal lines. */
    String fingerprint();

    static String ids(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    static String line(Object... parts) {
        var text = new StringBuilder();
        for (Object part : parts) {
            text.append(part == null ? "" : part.toString()).append('|');
        }
        return text.toString();
    }
}
