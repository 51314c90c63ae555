package org.safepassage.consent;

import java.util.UUID;

/** Command: withdraw a consent. Takes effect at once; a reason is recorded but never stands in the way. */
public record WithdrawConsent(UUID consentId, WithdrawalReason reason, String note) {

    public WithdrawConsent {
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public String problem() {
        if (consentId == null) {
            return "consent.withdraw.error.consent";
        }
        if (reason == null || reason == WithdrawalReason.SUPERSEDED) {
            return "consent.withdraw.error.reason";
        }
        if (reason == WithdrawalReason.OTHER && note == null) {
            return "consent.withdraw.error.note";
        }
        if (note != null && note.length() > RecordIntention.MAX_FREE_TEXT) {
            return "consent.withdraw.error.noteLength";
        }
        return null;
    }
}
