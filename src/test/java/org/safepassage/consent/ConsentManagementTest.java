package org.safepassage.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.consent.ConsentFixtures.consent;
import static org.safepassage.consent.ConsentFixtures.done;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.consent.ConsentFixtures.Family;
import org.safepassage.consent.Eligibility.Reason;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The travel rule as other modules see it, on the real database and the real registry. */
@SafePassageTest
class ConsentManagementTest {

    @Autowired
    ConsentManagement consent;

    @Autowired
    RegistryManagement registry;

    UUID homs() {
        return consent.destinationByCode("HOMS").orElseThrow().id();
    }

    UUID idlib() {
        return consent.destinationByCode("IDLIB").orElseThrow().id();
    }

    @Test
    void withoutConsentNobodyMayTravel() {
        Family family = ConsentFixtures.family(registry);
        assertThat(consent.mayTravel(family.member("1"), homs())).isEqualTo(rejected(Reason.NO_CONSENT));
        assertThat(consent.whoMayTravelTo(homs()).householdIds()).doesNotContain(family.householdId());
    }

    @Test
    void aConsentForADestinationMakesThePersonEligibleForThatDestinationOnly() {
        Family family = ConsentFixtures.family(registry);
        UUID consentId = done(consent.giveConsent(consent(consent, family, "2", "HOMS", Set.of())));

        assertThat(consent.mayTravel(family.member("2"), homs())).isEqualTo(new Eligibility.Eligible(consentId));
        assertThat(consent.mayTravel(family.member("2"), idlib()))
                .isEqualTo(rejected(Reason.CONSENT_FOR_ANOTHER_DESTINATION));
        assertThat(consent.whoMayTravelTo(homs()).individualsByHousehold().get(family.householdId()))
                .containsExactly(family.member("2"));
        assertThat(consent.whoMayTravelTo(idlib()).contains(family.member("2"))).isFalse();
        // each adult decides for themselves: the spouse's consent does not carry the head
        assertThat(consent.mayTravel(family.member("1"), homs())).isEqualTo(rejected(Reason.NO_CONSENT));
    }

    @Test
    void minorsFollowTheHeadsConsentThatNamesThemAndAdultChildrenDoNot() {
        Family family = ConsentFixtures.family(registry);
        UUID consentId = done(consent.giveConsent(consent(consent, family, "1", "HOMS", Set.of(family.member("4")))));

        assertThat(consent.mayTravel(family.member("4"), homs())).isEqualTo(new Eligibility.Eligible(consentId));
        assertThat(consent.mayTravel(family.member("5"), homs())).isEqualTo(rejected(Reason.NO_CONSENT));
        assertThat(consent.mayTravel(family.member("3"), homs())).isEqualTo(rejected(Reason.NO_CONSENT));
        assertThat(consent.whoMayTravelTo(homs()).individualsByHousehold().get(family.householdId()))
                .containsExactlyInAnyOrder(family.member("1"), family.member("4"));
    }

    @Test
    void aWithdrawnConsentCarriesNobodyFromThatMomentOn() {
        Family family = ConsentFixtures.family(registry);
        UUID consentId = done(consent.giveConsent(consent(consent, family, "1", "HOMS",
                Set.of(family.member("4"), family.member("5")))));
        assertThat(consent.whoMayTravelTo(homs()).individualsByHousehold().get(family.householdId())).hasSize(3);

        done(consent.withdrawConsent(new WithdrawConsent(consentId, WithdrawalReason.FEARS_FOR_SAFETY, null)));

        assertThat(consent.mayTravel(family.member("1"), homs())).isEqualTo(rejected(Reason.CONSENT_WITHDRAWN));
        assertThat(consent.mayTravel(family.member("5"), homs())).isEqualTo(rejected(Reason.CONSENT_WITHDRAWN));
        assertThat(consent.whoMayTravelTo(homs()).householdIds()).doesNotContain(family.householdId());
        assertThat(consent.withdrawConsent(new WithdrawConsent(consentId, WithdrawalReason.CHANGED_MIND, null)))
                .isEqualTo(new Outcome.Rejected("consent.withdraw.error.already"));
    }

    @Test
    void aNewConsentReplacesTheOldOneSoAPersonConsentsToOneDestinationAtATime() {
        Family family = ConsentFixtures.family(registry);
        UUID first = done(consent.giveConsent(consent(consent, family, "2", "HOMS", Set.of())));
        UUID second = done(consent.giveConsent(consent(consent, family, "2", "IDLIB", Set.of())));

        assertThat(consent.mayTravel(family.member("2"), idlib())).isEqualTo(new Eligibility.Eligible(second));
        assertThat(consent.mayTravel(family.member("2"), homs()))
                .isEqualTo(rejected(Reason.CONSENT_FOR_ANOTHER_DESTINATION));
        assertThat(consent.consent(first).orElseThrow().withdrawalReason()).isEqualTo(WithdrawalReason.SUPERSEDED);
    }

    @Test
    void aFlaggedNeedsCodeHoldsThePersonBackUntilAProtectionOfficerReleasesThem() {
        Family family = ConsentFixtures.family(registry, "LP-AF");
        UUID consentId = done(consent.giveConsent(consent(consent, family, "1", "HOMS", Set.of(family.member("4")))));

        assertThat(consent.mayTravel(family.member("1"), homs())).isEqualTo(rejected(Reason.PROTECTION_HOLD));
        // the hold is the head's own: the child he consents for may travel
        assertThat(consent.mayTravel(family.member("4"), homs())).isEqualTo(new Eligibility.Eligible(consentId));
        assertThat(consent.whoMayTravelTo(homs()).contains(family.member("1"))).isFalse();

        var hold = consent.holds(family.householdId()).stream().filter(h -> !h.released()).findFirst().orElseThrow();
        assertThat(hold.basis()).isEqualTo(HoldBasis.SPECIFIC_NEED);
        assertThat(consent.releaseHold(new ReleaseHold(hold.id(), "no"))).isInstanceOf(Outcome.Rejected.class);
        done(consent.releaseHold(new ReleaseHold(hold.id(), "Talked with him alone; he knows the risks and insists.")));

        assertThat(consent.mayTravel(family.member("1"), homs())).isEqualTo(new Eligibility.Eligible(consentId));
        assertThat(consent.whoMayTravelTo(homs()).contains(family.member("1"))).isTrue();

        // consenting again to the same destination raises no new hold for a cause already reviewed
        done(consent.giveConsent(consent(consent, family, "1", "HOMS", Set.of())));
        assertThat(consent.mayTravel(family.member("1"), homs())).isInstanceOf(Eligibility.Eligible.class);
    }

    @Test
    void aSonOfConscriptionAgeWhoFearsConscriptionThereIsHeldBackWhileHisFamilyMayGo() {
        Family family = ConsentFixtures.family(registry);
        LocalDate today = LocalDate.now();
        done(consent.recordIntention(new RecordIntention(family.householdId(), null, today, "amal",
                InterviewLanguage.AR, false, IntentionChoice.DESTINATION, homs(), null, List.of(), null)));
        done(consent.recordIntention(new RecordIntention(family.householdId(), family.member("3"), today, "amal",
                InterviewLanguage.AR, true, IntentionChoice.DESTINATION, idlib(), null,
                List.of(new StatedFear(Fear.FORCED_CONSCRIPTION, homs())), "They take every young man at the checkpoint.")));

        done(consent.giveConsent(consent(consent, family, "2", "HOMS", Set.of())));
        done(consent.giveConsent(consent(consent, family, "3", "HOMS", Set.of())));

        assertThat(consent.mayTravel(family.member("2"), homs())).isInstanceOf(Eligibility.Eligible.class);
        assertThat(consent.mayTravel(family.member("3"), homs())).isEqualTo(rejected(Reason.PROTECTION_HOLD));

        var intentions = consent.intentions(family.householdId());
        assertThat(intentions.current(family.member("3")).orElseThrow().preferredDestinationId()).isEqualTo(idlib());
        assertThat(intentions.current(family.member("2")).orElseThrow().preferredDestinationId()).isEqualTo(homs());
        // read without a protection officer's role, the son's own words are not there
        assertThat(intentions.surveys()).allSatisfy(s -> assertThat(s.freeText()).isNull());
    }

    @Test
    void aFearStatedAfterConsentingHoldsThePersonBackAtOnce() {
        Family family = ConsentFixtures.family(registry);
        done(consent.giveConsent(consent(consent, family, "2", "HOMS", Set.of())));
        assertThat(consent.mayTravel(family.member("2"), homs())).isInstanceOf(Eligibility.Eligible.class);

        done(consent.recordIntention(new RecordIntention(family.householdId(), family.member("2"), LocalDate.now(),
                "amal", InterviewLanguage.AR, true, IntentionChoice.UNDECIDED, null, null,
                List.of(new StatedFear(Fear.ARREST_OR_DETENTION, null)), null)));

        assertThat(consent.mayTravel(family.member("2"), homs())).isEqualTo(rejected(Reason.PROTECTION_HOLD));
    }

    @Test
    void aMembersOwnAnswerStandsWhenTheHouseholdIsAskedAgain() {
        Family family = ConsentFixtures.family(registry);
        LocalDate today = LocalDate.now();
        done(consent.recordIntention(new RecordIntention(family.householdId(), family.member("3"), today.minusDays(5),
                "amal", InterviewLanguage.AR, true, IntentionChoice.STAY, null, null, List.of(), null)));
        done(consent.recordIntention(new RecordIntention(family.householdId(), null, today, "amal",
                InterviewLanguage.AR, false, IntentionChoice.DESTINATION, idlib(), homs(), List.of(), null)));

        var intentions = consent.intentions(family.householdId());
        assertThat(intentions.current(family.member("3")).orElseThrow().choice()).isEqualTo(IntentionChoice.STAY);
        assertThat(intentions.current(family.member("1")).orElseThrow().choice())
                .isEqualTo(IntentionChoice.DESTINATION);
        assertThat(intentions.surveys()).hasSize(2);
    }

    @Test
    void refusedConsentsSayWhy() {
        Family family = ConsentFixtures.family(registry);
        assertThat(consent.giveConsent(consent(consent, family, "4", "HOMS", Set.of())))
                .isEqualTo(new Outcome.Rejected("consent.give.error.minor"));
        assertThat(consent.giveConsent(consent(consent, family, "2", "HOMS", Set.of(family.member("5")))))
                .isEqualTo(new Outcome.Rejected("consent.give.error.notHead"));
        assertThat(consent.giveConsent(consent(consent, family, "1", "HOMS", Set.of(family.member("3")))))
                .isEqualTo(new Outcome.Rejected("consent.give.error.minors"));
        var unread = consent(consent, family, "1", "HOMS", Set.of());
        assertThat(consent.giveConsent(new GiveConsent(unread.householdId(), unread.individualId(),
                unread.destinationId(), unread.windowFrom(), unread.windowUntil(), unread.informationTextVersion(),
                unread.language(), false, unread.method(), null, Set.of())))
                .isEqualTo(new Outcome.Rejected("consent.give.error.readOut"));
        assertThat(consent.giveConsent(new GiveConsent(unread.householdId(), unread.individualId(),
                unread.destinationId(), unread.windowFrom(), unread.windowUntil(), unread.informationTextVersion(),
                unread.language(), true, ConsentMethod.VERBAL_WITH_WITNESS, " ", Set.of())))
                .isEqualTo(new Outcome.Rejected("consent.give.error.witness"));
    }

    @Test
    void childrenWithoutAnAdultTravelOnlyOnAProtectionOfficersBestInterestsDetermination() {
        String ref = org.safepassage.registry.RegistryFixtures.uniqueRef("CH");
        int year = LocalDate.now().getYear();
        var registered = registry.registerHousehold(new org.safepassage.registry.RegisterHousehold(ref, "C-9", List.of(
                new org.safepassage.registry.NewMember(ref + "-1", org.safepassage.registry.RegistryFixtures.details(
                        org.safepassage.registry.Relationship.HEAD, "Rima", "Nasser", "ريما", "ناصر",
                        org.safepassage.registry.Sex.F, String.valueOf(year - 16), "SC-CH")),
                new org.safepassage.registry.NewMember(ref + "-2", org.safepassage.registry.RegistryFixtures.details(
                        org.safepassage.registry.Relationship.SIBLING, "Adam", "Nasser", "آدم", "ناصر",
                        org.safepassage.registry.Sex.M, String.valueOf(year - 9))))));
        UUID household = ((org.safepassage.registry.RegistryOutcome.Done) registered).id();
        var members = registry.travellers(household).stream().collect(java.util.stream.Collectors.toMap(
                org.safepassage.registry.Traveller::ref, org.safepassage.registry.Traveller::individualId));
        UUID sister = members.get(ref + "-1");
        UUID brother = members.get(ref + "-2");
        var text = consent.currentInformationText().orElseThrow().version();
        var determination = new GiveConsent(household, sister, homs(), LocalDate.now(), LocalDate.now().plusDays(30),
                text, TextLanguage.AR, true, ConsentMethod.BEST_INTERESTS, null, Set.of(brother));
        var ordinary = new GiveConsent(household, sister, homs(), LocalDate.now(), LocalDate.now().plusDays(30),
                text, TextLanguage.AR, true, ConsentMethod.THUMBPRINT, null, Set.of(brother));

        assertThat(consent.giveConsent(ordinary)).isEqualTo(new Outcome.Rejected("consent.give.error.minor"));
        assertThat(asUser("clerk", "REGISTRATION", () -> consent.giveConsent(determination)))
                .isEqualTo(new Outcome.Rejected("consent.give.error.bestInterestsProtection"));
        assertThat(consent.mayTravel(brother, homs())).isInstanceOf(Eligibility.Rejected.class);

        UUID recorded = done(asUser("officer", "PROTECTION", () -> consent.giveConsent(determination)));

        assertThat(consent.mayTravel(sister, homs())).isEqualTo(new Eligibility.Eligible(recorded));
        assertThat(consent.mayTravel(brother, homs())).isEqualTo(new Eligibility.Eligible(recorded));
        assertThat(consent.whoMayTravelTo(homs()).individualsByHousehold().get(household))
                .containsExactlyInAnyOrder(sister, brother);
        assertThat(consent.mayTravel(sister, idlib())).isEqualTo(rejected(Reason.CONSENT_FOR_ANOTHER_DESTINATION));
    }

    @Test
    void aBestInterestsDeterminationIsNotForAHouseholdWithAnAdult() {
        Family family = ConsentFixtures.family(registry);
        var forTheChild = consent(consent, family, "4", "HOMS", Set.of());
        var determination = new GiveConsent(forTheChild.householdId(), forTheChild.individualId(),
                forTheChild.destinationId(), forTheChild.windowFrom(), forTheChild.windowUntil(),
                forTheChild.informationTextVersion(), forTheChild.language(), true, ConsentMethod.BEST_INTERESTS, null,
                Set.of());
        var forTheFather = new GiveConsent(family.householdId(), family.member("1"), determination.destinationId(),
                determination.windowFrom(), determination.windowUntil(), determination.informationTextVersion(),
                determination.language(), true, ConsentMethod.BEST_INTERESTS, null, Set.of());

        assertThat(asUser("officer", "PROTECTION", () -> consent.giveConsent(determination)))
                .isEqualTo(new Outcome.Rejected("consent.give.error.bestInterestsOnlyWithoutAdult"));
        assertThat(asUser("officer", "PROTECTION", () -> consent.giveConsent(forTheFather)))
                .isEqualTo(new Outcome.Rejected("consent.give.error.bestInterestsOnlyWithoutAdult"));
    }

    private static <T> T asUser(String name, String role, java.util.function.Supplier<T> action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(name, null, List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    static Eligibility rejected(Reason reason) {
        return new Eligibility.Rejected(reason);
    }
}
