package org.safepassage.corridor;

import java.util.List;
import java.util.UUID;

/** What became of a field report: stored now, stored already (the same report sent again), or refused. */
public sealed interface Recorded {

    record Stored(UUID id, EventKind kind) implements Recorded {
    }

    /** The very same report was stored before: nothing changed, nothing published again. */
    record AlreadyStored(UUID id, EventKind kind) implements Recorded {
    }

    record Refused(Refusal refusal, List<Violation> violations, String detail) implements Recorded {
        public Refused {
            violations = List.copyOf(violations);
        }

        public Refused(Refusal refusal, String detail) {
            this(refusal, List.of(), detail);
        }
    }
}
