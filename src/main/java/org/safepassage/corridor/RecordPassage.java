package org.safepassage.corridor;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A household, or some of its members, passed a checkpoint. Name who passed ({@code individualIds}, so the
 * transport module can account for each person) or, when they could not be told apart, how many passed
 * ({@code personCount}). {@code departedCampAt}: when their convoy left the camp, if the reporter knows it.
 */
public record RecordPassage(UUID id, UUID checkpointId, Instant occurredAt, UUID householdId,
        Set<UUID> individualIds, Integer personCount, UUID convoyId, Instant departedCampAt, UUID corrects)
        implements CheckpointReport {

    public RecordPassage {
        individualIds = individualIds == null ? Set.of() : Set.copyOf(individualIds);
        if (personCount == null && !individualIds.isEmpty()) {
            personCount = individualIds.size();
        }
    }

    @Override
    public String auditDetails() {
        return "people=" + personCount;
    }

    @Override
    public EventKind kind() {
        return EventKind.PASSAGE;
    }

    @Override
    public List<Violation> violations() {
        List<Violation> violations = Subjects.violations(id, checkpointId, occurredAt, householdId, individualIds);
        if (personCount == null) {
            violations.add(new Violation("personCount", "checkpointEvent.error.whoPassed"));
        } else if (personCount < 1 || (!individualIds.isEmpty() && personCount != individualIds.size())) {
            violations.add(new Violation("personCount", "checkpointEvent.error.personCount"));
        }
        if (departedCampAt != null && occurredAt != null && departedCampAt.isAfter(occurredAt)) {
            violations.add(new Violation("departedCampAt", "checkpointEvent.error.departedAfterPassage"));
        }
        return violations;
    }

    @Override
    public String fingerprint() {
        return CheckpointReport.line(kind(), checkpointId, occurredAt, householdId, CheckpointReport.ids(individualIds),
                personCount, convoyId, departedCampAt, corrects);
    }
}
