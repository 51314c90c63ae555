package org.safepassage.consent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safepassage.consent.Eligibility.Reason;
import org.safepassage.consent.Residents.Resident;

/**
 * The rule every other module relies on, as a plain function of what is known about one person:
 * a person may travel to D now when a current, unwithdrawn consent for D carries them (an adult's own; a
 * minor's head of household's consent naming them, or, in a household without an adult, the best-interests
 * determination recorded for the child) and no unreleased protection hold for D holds them back.
 */
final class TravelRule {

    private TravelRule() {
    }

    /**
     * What is known about a person when deciding.
     *
     * @param resident  the registry's record (empty when the registry does not know the id)
     * @param headId    the current head of the person's household
     * @param ownLatest the person's own newest consent, open or withdrawn
     * @param naming    consents that name the person as a minor they cover, any state
     * @param openHolds the person's unreleased holds for the destination asked about
     */
    record Subject(UUID individualId, Optional<Resident> resident, UUID headId, Optional<Consent> ownLatest,
            List<Consent> naming, List<ProtectionHold> openHolds) {
    }

    static Eligibility decide(Subject subject, Destination destination, LocalDate today) {
        if (destination == null) {
            return rejected(Reason.UNKNOWN_DESTINATION);
        }
        boolean minor = subject.resident().map(Resident::minor).orElse(false);
        Optional<Consent> carrying = minor ? minorsConsent(subject) : subject.ownLatest();
        if (carrying.isEmpty()) {
            return rejected(minor ? Reason.MINOR_NOT_COVERED : Reason.NO_CONSENT);
        }
        if (subject.resident().isEmpty()) {
            return rejected(Reason.UNKNOWN_PERSON);
        }
        Consent consent = carrying.get();
        if (consent.withdrawn()) {
            return rejected(Reason.CONSENT_WITHDRAWN);
        }
        if (!consent.destinationId().equals(destination.id())) {
            return rejected(Reason.CONSENT_FOR_ANOTHER_DESTINATION);
        }
        if (consent.expiredOn(today)) {
            return rejected(Reason.CONSENT_EXPIRED);
        }
        if (subject.openHolds().stream().anyMatch(h -> !h.released() && h.destinationId().equals(destination.id()))) {
            return rejected(Reason.PROTECTION_HOLD);
        }
        return new Eligibility.Eligible(consent.id());
    }

    /**
     * A minor is carried by a consent of their current head of household that names them, or by a
     * best-interests determination recorded for them; the newer one speaks.
     */
    private static Optional<Consent> minorsConsent(Subject subject) {
        var heads = subject.naming().stream()
                .filter(c -> c.individualId().equals(subject.headId()))
                .filter(c -> c.minorIds().contains(subject.individualId()));
        var determined = subject.ownLatest().filter(Consent::carriesAChild).stream();
        return java.util.stream.Stream.concat(heads, determined).max(Comparator.comparing(Consent::recordedAt));
    }

    private static Eligibility rejected(Reason reason) {
        return new Eligibility.Rejected(reason);
    }
}
