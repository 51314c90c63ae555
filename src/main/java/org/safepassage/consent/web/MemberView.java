package org.safepassage.consent.web;

import java.util.List;

import org.safepassage.consent.Consent;
import org.safepassage.consent.Eligibility;
import org.safepassage.consent.IntentionSurvey;
import org.safepassage.consent.ProtectionHold;
import org.safepassage.registry.Person;

/**
 * One member as the household's consent page shows them.
 *
 * @param intention   the survey that speaks for them now (null: never asked)
 * @param consent     the open consent that carries them: their own, or for a minor the head's naming them
 * @param eligibility whether they may travel to that consent's destination now (null without consent)
 * @param mayConsent  whether a consent can be recorded for them here: an adult's own, or a child's
 *                    best-interests determination in a household without an adult (by a protection officer)
 */
record MemberView(Person person, int age, boolean minor, boolean head, IntentionSurvey intention, boolean ownAnswer,
        Consent consent, boolean coveredByHead, Eligibility eligibility, List<ProtectionHold> openHolds,
        boolean mayConsent) {

    /** The refusal's message key, or null when the person may travel or has no consent. */
    public String refusalKey() {
        return eligibility instanceof Eligibility.Rejected rejected ? rejected.reason().messageKey() : null;
    }
}
