package org.safepassage.corridor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Checks shared by reports about people: who, where, when. */
final class Subjects {

    private Subjects() {
    }

    static List<Violation> violations(UUID id, UUID checkpointId, Instant occurredAt, UUID householdId,
            Set<UUID> individualIds) {
        List<Violation> violations = new ArrayList<>();
        if (id == null) {
            violations.add(new Violation("id", "checkpointEvent.error.id"));
        }
        if (checkpointId == null) {
            violations.add(new Violation("checkpointId", "checkpointEvent.error.checkpoint"));
        }
        if (occurredAt == null) {
            violations.add(new Violation("occurredAt", "checkpointEvent.error.occurredAt"));
        }
        if (householdId == null && individualIds.isEmpty()) {
            violations.add(new Violation("householdId", "checkpointEvent.error.subject"));
        }
        return violations;
    }
}
