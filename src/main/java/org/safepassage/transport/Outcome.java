package org.safepassage.transport;

import java.util.List;
import java.util.UUID;

/**
 * What became of a request to record or change something in transport: done, or refused with the reasons to
 * show the person (message keys of the bundle i18n/transport, each with the field it concerns, if any).
 */
public sealed interface Outcome {

    record Done(UUID id) implements Outcome {
    }

    record Rejected(List<Violation> violations) implements Outcome {
        public Rejected {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }

        /** The first reason: the one to show when there is room for only one. */
        public String reasonKey() {
            return violations.get(0).messageKey();
        }
    }

    static Outcome done(UUID id) {
        return new Done(id);
    }

    static Outcome rejected(String messageKey) {
        return new Rejected(List.of(new Violation(null, messageKey)));
    }

    static Outcome rejected(String field, String messageKey) {
        return new Rejected(List.of(new Violation(field, messageKey)));
    }

    static Outcome rejected(List<Violation> violations) {
        return new Rejected(violations);
    }
}
