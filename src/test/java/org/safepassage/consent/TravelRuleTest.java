package org.safepassage.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.consent.Eligibility.Reason;
import org.safepassage.consent.Residents.Resident;

/** The rule on plain values: who may travel to a destination now, and why not. */
class TravelRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Destination HOMS = destination("HOMS");
    static final Destination IDLIB = destination("IDLIB");

    final UUID household = UUID.randomUUID();
    final Resident mother = new Resident(UUID.randomUUID(), "H-1", household, true, false, 34, Set.of());
    final Resident son = new Resident(UUID.randomUUID(), "H-2", household, false, true, 12, Set.of());
    final Resident grownSon = new Resident(UUID.randomUUID(), "H-3", household, false, true, 19, Set.of());

    @Test
    void withoutConsentNobodyMayTravel() {
        assertThat(decide(mother, Optional.empty(), List.of(), List.of(), HOMS)).isEqualTo(rejected(Reason.NO_CONSENT));
    }

    @Test
    void aConsentCarriesThePersonToItsDestinationOnly() {
        var consent = consent(mother, HOMS, Set.of());
        assertThat(decide(mother, Optional.of(consent), List.of(), List.of(), HOMS))
                .isEqualTo(new Eligibility.Eligible(consent.id()));
        assertThat(decide(mother, Optional.of(consent), List.of(), List.of(), IDLIB))
                .isEqualTo(rejected(Reason.CONSENT_FOR_ANOTHER_DESTINATION));
    }

    @Test
    void aWithdrawnConsentCarriesNobody() {
        var withdrawn = withdrawn(consent(mother, HOMS, Set.of(son.individualId())));
        assertThat(decide(mother, Optional.of(withdrawn), List.of(), List.of(), HOMS))
                .isEqualTo(rejected(Reason.CONSENT_WITHDRAWN));
        assertThat(decide(son, Optional.empty(), List.of(withdrawn), List.of(), HOMS))
                .isEqualTo(rejected(Reason.CONSENT_WITHDRAWN));
    }

    @Test
    void aConsentWhoseConvoyWindowIsOverCarriesNobody() {
        var old = new Consent(UUID.randomUUID(), mother.individualId(), household, HOMS.id(), TODAY.minusDays(40),
                TODAY.minusDays(1), 1, TextLanguage.AR, ConsentMethod.SIGNATURE, null, Set.of(), Instant.now(), "a",
                null, null, null, null);
        assertThat(decide(mother, Optional.of(old), List.of(), List.of(), HOMS))
                .isEqualTo(rejected(Reason.CONSENT_EXPIRED));
    }

    @Test
    void anOpenHoldForTheDestinationHoldsThePersonBackAndAReleasedOneDoesNot() {
        var consent = consent(mother, HOMS, Set.of());
        assertThat(decide(mother, Optional.of(consent), List.of(), List.of(hold(mother, HOMS, false)), HOMS))
                .isEqualTo(rejected(Reason.PROTECTION_HOLD));
        assertThat(decide(mother, Optional.of(consent), List.of(), List.of(hold(mother, HOMS, true)), HOMS))
                .isEqualTo(new Eligibility.Eligible(consent.id()));
    }

    @Test
    void aMinorTravelsWithTheHeadsConsentThatNamesThem() {
        var heads = consent(mother, HOMS, Set.of(son.individualId()));
        assertThat(decide(son, Optional.empty(), List.of(heads), List.of(), HOMS))
                .isEqualTo(new Eligibility.Eligible(heads.id()));
        assertThat(decide(son, Optional.empty(), List.of(heads), List.of(), IDLIB))
                .isEqualTo(rejected(Reason.CONSENT_FOR_ANOTHER_DESTINATION));
    }

    @Test
    void aMinorIsNotCarriedByTheConsentOfSomeoneWhoIsNoLongerTheirHead() {
        var formerHead = new Resident(UUID.randomUUID(), "H-9", household, false, true, 50, Set.of());
        var theirs = consent(formerHead, HOMS, Set.of(son.individualId()));
        assertThat(decide(son, Optional.empty(), List.of(theirs), List.of(), HOMS))
                .isEqualTo(rejected(Reason.MINOR_NOT_COVERED));
    }

    @Test
    void aChildIsCarriedByTheirOwnBestInterestsDeterminationAndByNoOtherConsentOfTheirOwn() {
        var childHead = new Resident(UUID.randomUUID(), "H-7", household, true, false, 16, Set.of());
        var determined = new Consent(UUID.randomUUID(), childHead.individualId(), household, HOMS.id(), TODAY,
                TODAY.plusDays(30), 1, TextLanguage.AR, ConsentMethod.BEST_INTERESTS, null, Set.of(), Instant.now(),
                "officer", null, null, null, null);
        var signed = new Consent(UUID.randomUUID(), childHead.individualId(), household, HOMS.id(), TODAY,
                TODAY.plusDays(30), 1, TextLanguage.AR, ConsentMethod.SIGNATURE, null, Set.of(), Instant.now(),
                "clerk", null, null, null, null);
        assertThat(decideFor(childHead, Optional.of(determined), HOMS)).isEqualTo(new Eligibility.Eligible(determined.id()));
        assertThat(decideFor(childHead, Optional.of(determined), IDLIB))
                .isEqualTo(rejected(Reason.CONSENT_FOR_ANOTHER_DESTINATION));
        assertThat(decideFor(childHead, Optional.of(withdrawn(determined)), HOMS))
                .isEqualTo(rejected(Reason.CONSENT_WITHDRAWN));
        assertThat(decideFor(childHead, Optional.of(signed), HOMS)).isEqualTo(rejected(Reason.MINOR_NOT_COVERED));
    }

    private Eligibility decideFor(Resident head, Optional<Consent> own, Destination destination) {
        return TravelRule.decide(new TravelRule.Subject(head.individualId(), Optional.of(head), head.individualId(),
                own, List.of(), List.of()), destination, TODAY);
    }

    @Test
    void anAdultIsNotCarriedByTheHeadsConsent() {
        var heads = consent(mother, HOMS, Set.of(grownSon.individualId()));
        assertThat(decide(grownSon, Optional.empty(), List.of(heads), List.of(), HOMS))
                .isEqualTo(rejected(Reason.NO_CONSENT));
    }

    @Test
    void anUnknownDestinationOrPersonIsRefusedNamingWhy() {
        var consent = consent(mother, HOMS, Set.of());
        assertThat(TravelRule.decide(new TravelRule.Subject(mother.individualId(), Optional.of(mother),
                mother.individualId(), Optional.of(consent), List.of(), List.of()), null, TODAY))
                .isEqualTo(rejected(Reason.UNKNOWN_DESTINATION));
        assertThat(TravelRule.decide(new TravelRule.Subject(mother.individualId(), Optional.empty(), null,
                Optional.of(consent), List.of(), List.of()), HOMS, TODAY))
                .isEqualTo(rejected(Reason.UNKNOWN_PERSON));
    }

    private Eligibility decide(Resident person, Optional<Consent> own, List<Consent> naming,
            List<ProtectionHold> holds, Destination destination) {
        var subject = new TravelRule.Subject(person.individualId(), Optional.of(person), mother.individualId(), own,
                naming, holds);
        return TravelRule.decide(subject, destination, TODAY);
    }

    static Eligibility rejected(Reason reason) {
        return new Eligibility.Rejected(reason);
    }

    static Destination destination(String code) {
        return new Destination(UUID.randomUUID(), code, code, code, DestinationKind.PLACE_OF_ORIGIN, "SY04", true, true,
                true);
    }

    Consent consent(Resident person, Destination destination, Set<UUID> minors) {
        return new Consent(UUID.randomUUID(), person.individualId(), household, destination.id(), TODAY,
                TODAY.plusDays(30), 1, TextLanguage.AR, ConsentMethod.THUMBPRINT, null, minors, Instant.now(), "clerk",
                null, null, null, null);
    }

    static Consent withdrawn(Consent c) {
        return new Consent(c.id(), c.individualId(), c.householdId(), c.destinationId(), c.windowFrom(),
                c.windowUntil(), c.informationTextVersion(), c.language(), c.method(), c.witness(), c.minorIds(),
                c.recordedAt(), c.recordedBy(), Instant.now(), "clerk", WithdrawalReason.CHANGED_MIND, null);
    }

    ProtectionHold hold(Resident person, Destination destination, boolean released) {
        return new ProtectionHold(UUID.randomUUID(), person.individualId(), household, destination.id(),
                HoldBasis.STATED_FEAR, "ARREST_OR_DETENTION", Instant.now(), "system",
                released ? Instant.now() : null, released ? "officer" : null, released ? "talked it through" : null);
    }
}
