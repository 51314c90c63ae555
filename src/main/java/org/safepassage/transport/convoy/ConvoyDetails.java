package org.safepassage.transport.convoy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safepassage.transport.Violation;

/**
 * What LOGISTICS states about a convoy. {@code ref} may be left blank: one is made up. The expected journey is
 * the time from leaving the camp to arriving at the destination; it must not be shorter than the time the
 * corridor expects to its last checkpoint.
 */
public record ConvoyDetails(String ref, UUID destinationId, UUID corridorId, Instant plannedDeparture,
        Integer expectedJourneyMinutes, String escort) {

    /** A day and a half: longer than any journey out of the camp; a longer figure is a typing mistake. */
    static final int LONGEST_JOURNEY_MINUTES = 36 * 60;

    public ConvoyDetails {
        ref = ref == null || ref.isBlank() ? null : ref.strip();
        escort = escort == null || escort.isBlank() ? null : escort.strip();
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (ref != null && !ref.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,39}")) {
            violations.add(new Violation("ref", "convoy.error.ref"));
        }
        if (destinationId == null) {
            violations.add(new Violation("destinationId", "convoy.error.destination"));
        }
        if (corridorId == null) {
            violations.add(new Violation("corridorId", "convoy.error.corridor"));
        }
        if (plannedDeparture == null) {
            violations.add(new Violation("plannedDeparture", "convoy.error.departure"));
        }
        if (expectedJourneyMinutes == null || expectedJourneyMinutes < 1
                || expectedJourneyMinutes > LONGEST_JOURNEY_MINUTES) {
            violations.add(new Violation("expectedJourneyMinutes", "convoy.error.journey"));
        }
        return violations;
    }

    public ConvoyDetails withRef(String newRef) {
        return new ConvoyDetails(newRef, destinationId, corridorId, plannedDeparture, expectedJourneyMinutes, escort);
    }
}
