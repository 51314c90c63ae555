package org.safepassage.corridor;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Something happened to people at a checkpoint. Who was concerned is named where known; {@code peopleCount}
 * says how many were concerned in all (at least those named).
 */
public record ReportIncident(UUID id, UUID checkpointId, Instant occurredAt, IncidentType type, UUID householdId,
        Set<UUID> individualIds, Integer peopleCount, UUID convoyId, UUID corrects) implements CheckpointReport {

    public ReportIncident {
        individualIds = individualIds == null ? Set.of() : Set.copyOf(individualIds);
        if (peopleCount == null) {
            peopleCount = Math.max(1, individualIds.size());
        }
    }

    @Override
    public String auditDetails() {
        return "type=" + type + " people=" + peopleCount;
    }

    @Override
    public EventKind kind() {
        return EventKind.INCIDENT;
    }

    @Override
    public List<Violation> violations() {
        var violations = new java.util.ArrayList<Violation>();
        if (id == null) {
            violations.add(new Violation("id", "checkpointEvent.error.id"));
        }
        if (checkpointId == null) {
            violations.add(new Violation("checkpointId", "checkpointEvent.error.checkpoint"));
        }
        if (occurredAt == null) {
            violations.add(new Violation("occurredAt", "checkpointEvent.error.occurredAt"));
        }
        if (type == null) {
            violations.add(new Violation("incidentType", "checkpointEvent.error.incidentType"));
        }
        if (peopleCount < Math.max(1, individualIds.size())) {
            violations.add(new Violation("peopleCount", "checkpointEvent.error.peopleCount"));
        }
        return violations;
    }

    @Override
    public String fingerprint() {
        return CheckpointReport.line(kind(), checkpointId, occurredAt, type, householdId,
                CheckpointReport.ids(individualIds), peopleCount, convoyId, corrects);
    }
}
