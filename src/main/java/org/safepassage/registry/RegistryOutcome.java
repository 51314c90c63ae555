package org.safepassage.registry;

import java.util.List;
import java.util.UUID;

/** What became of a change asked of the registry: done (with the id concerned), or refused with reasons. */
public sealed interface RegistryOutcome {

    record Done(UUID id) implements RegistryOutcome {
    }

    /** Refused; nothing was changed. */
    record Rejected(List<Violation> violations) implements RegistryOutcome {
        public Rejected {
            violations = List.copyOf(violations);
        }

        public static Rejected of(String field, String messageKey, Object... args) {
            return new Rejected(List.of(new Violation(field, messageKey, List.of(args))));
        }
    }

    /**
     * One broken rule: {@code field} names the form field (e.g. {@code members[1].givenName}) or is null for
     * the whole request; {@code messageKey} is a key of the registry's message bundle, {@code args} its
     * arguments.
     */
    record Violation(String field, String messageKey, List<Object> args) {
        public Violation {
            args = List.copyOf(args);
        }
    }

    default boolean done() {
        return this instanceof Done;
    }
}
