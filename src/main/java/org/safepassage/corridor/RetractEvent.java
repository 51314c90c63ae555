package org.safepassage.corridor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Cancels an event recorded by mistake (the wrong household, a passage that did not happen). */
public record RetractEvent(UUID id, Instant occurredAt, UUID corrects) implements CheckpointReport {

    @Override
    public UUID checkpointId() {
        return null;
    }

    @Override
    public UUID householdId() {
        return null;
    }

    @Override
    public Set<UUID> individualIds() {
        return Set.of();
    }

    @Override
    public String auditDetails() {
        return "retracts=" + corrects;
    }

    @Override
    public EventKind kind() {
        return EventKind.RETRACTION;
    }

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (id == null) {
            violations.add(new Violation("id", "checkpointEvent.error.id"));
        }
        if (occurredAt == null) {
            violations.add(new Violation("occurredAt", "checkpointEvent.error.occurredAt"));
        }
        if (corrects == null) {
            violations.add(new Violation("corrects", "checkpointEvent.error.retracts"));
        }
        return violations;
    }

    @Override
    public String fingerprint() {
        return CheckpointReport.line(kind(), occurredAt, corrects);
    }
}
