package org.safepassage.corridor;

import java.util.List;
import java.util.UUID;

/** What became of a change to corridors or checkpoints: saved, or refused with the reasons. */
public sealed interface Outcome {

    record Saved(UUID id) implements Outcome {
    }

    record Rejected(List<Violation> violations) implements Outcome {
        public Rejected {
            violations = List.copyOf(violations);
        }

        public Rejected(String field, String messageKey) {
            this(List.of(new Violation(field, messageKey)));
        }
    }
}
