package org.safepassage.transport.journey;

import java.util.List;
import java.util.UUID;

import org.safepassage.transport.Violation;

/** What became of a boarding or arrival report: stored now, stored before (sent again), or refused. */
public sealed interface TravelRecorded {

    record Stored(UUID id, int people) implements TravelRecorded {
    }

    record AlreadyStored(UUID id) implements TravelRecorded {
    }

    record Refused(TravelRefusal refusal, List<Violation> violations) implements TravelRecorded {
        public Refused {
            violations = List.copyOf(violations);
        }

        public Refused(TravelRefusal refusal) {
            this(refusal, List.of());
        }
    }
}
