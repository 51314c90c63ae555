package org.safepassage.corridor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A new entry for a corridor's status history; without {@code effectiveAt} it takes effect when recorded. */
public record ChangeStatus(CorridorStatus status, String reason, Instant effectiveAt) {

    public ChangeStatus {
        reason = Texts.clean(reason);
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (status == null) {
            violations.add(new Violation("status", "corridor.error.status"));
        } else if (status.needsReason() && reason == null) {
            violations.add(new Violation("reason", "corridor.error.reason"));
        }
        return violations;
    }
}
