package org.safepassage.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A person's informed consent to travel to one destination within one convoy window.
 *
 * @param minorIds       the minors of the household this (head of household's) consent covers
 * @param withdrawalNote the person's own words about the withdrawal; null unless the reader is PROTECTION
 */
public record Consent(UUID id, UUID individualId, UUID householdId, UUID destinationId, LocalDate windowFrom,
        LocalDate windowUntil, int informationTextVersion, TextLanguage language, ConsentMethod method,
        String witness, Set<UUID> minorIds, Instant recordedAt, String recordedBy, Instant withdrawnAt,
        String withdrawnBy, WithdrawalReason withdrawalReason, String withdrawalNote) {

    public Consent {
        minorIds = Set.copyOf(minorIds);
    }

    /** Whether it carries the person it was recorded for even as a child: a best-interests determination. */
    public boolean carriesAChild() {
        return method == ConsentMethod.BEST_INTERESTS;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean expiredOn(LocalDate day) {
        return day.isAfter(windowUntil);
    }

    /** Unwithdrawn and its convoy window not yet over. */
    public boolean currentOn(LocalDate day) {
        return !withdrawn() && !expiredOn(day);
    }

    Consent withoutNote() {
        return new Consent(id, individualId, householdId, destinationId, windowFrom, windowUntil,
                informationTextVersion, language, method, witness, minorIds, recordedAt, recordedBy, withdrawnAt,
                withdrawnBy, withdrawalReason, null);
    }
}
