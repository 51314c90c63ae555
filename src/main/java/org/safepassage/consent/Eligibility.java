package org.safepassage.consent;

import java.util.UUID;

/**
 * Whether a person may travel to a destination now. A refusal is an answer, not an error: it says why, so
 * a planner can show it and a person can be told what would change it.
 */
public sealed interface Eligibility {

    boolean mayTravel();

    /**
     * @param consentId the consent that carries the person: their own, or for a minor their head of household's
     */
    record Eligible(UUID consentId) implements Eligibility {
        @Override
        public boolean mayTravel() {
            return true;
        }
    }

    record Rejected(Reason reason) implements Eligibility {
        @Override
        public boolean mayTravel() {
            return false;
        }
    }

    /** Why a person may not travel to the destination now. */
    enum Reason {
        UNKNOWN_DESTINATION,
        UNKNOWN_PERSON,
        /** No consent was ever recorded (for a minor: none of their head of household covers them). */
        NO_CONSENT,
        /** The last consent was withdrawn. */
        CONSENT_WITHDRAWN,
        /** The consent's convoy window is over. */
        CONSENT_EXPIRED,
        /** The current consent is for another destination. */
        CONSENT_FOR_ANOTHER_DESTINATION,
        /** A minor whose head of household's consent does not name them (or who has a new head since). */
        MINOR_NOT_COVERED,
        /** An unreleased protection hold for this destination. */
        PROTECTION_HOLD;

        public String messageKey() {
            return "consent.eligibility." + name();
        }
    }
}
