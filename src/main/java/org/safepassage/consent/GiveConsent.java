package org.safepassage.consent;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Command: record that an adult consents to travel to a destination within a convoy window, after the
 * information text of the given version was read out in the given language. A head of household's consent
 * also covers the minors named in {@code minorIds}.
 *
 * @param witness            who heard a spoken consent (required for {@link ConsentMethod#VERBAL_WITH_WITNESS})
 * @param informationReadOut the recorder confirms the text was read out in full and questions were answered
 */
public record GiveConsent(UUID householdId, UUID individualId, UUID destinationId, LocalDate windowFrom,
        LocalDate windowUntil, Integer informationTextVersion, TextLanguage language, boolean informationReadOut,
        ConsentMethod method, String witness, Set<UUID> minorIds) {

    public GiveConsent {
        witness = witness == null || witness.isBlank() ? null : witness.strip();
        minorIds = minorIds == null ? Set.of() : Set.copyOf(minorIds);
    }

    /** The first problem that needs no lookup, as a message key, or null. */
    public String problem(LocalDate today) {
        if (householdId == null || individualId == null) {
            return "consent.give.error.person";
        }
        if (destinationId == null) {
            return "consent.give.error.destination";
        }
        if (windowFrom == null || windowUntil == null || windowUntil.isBefore(windowFrom)) {
            return "consent.give.error.window";
        }
        if (windowUntil.isBefore(today)) {
            return "consent.give.error.windowPast";
        }
        if (informationTextVersion == null || language == null) {
            return "consent.give.error.text";
        }
        if (!informationReadOut) {
            return "consent.give.error.readOut";
        }
        if (method == null) {
            return "consent.give.error.method";
        }
        if (method == ConsentMethod.VERBAL_WITH_WITNESS && witness == null) {
            return "consent.give.error.witness";
        }
        if (minorIds.contains(individualId)) {
            return "consent.give.error.minors";
        }
        return null;
    }
}
