package org.safepassage.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.consent.ConsentFixtures.consent;
import static org.safepassage.consent.ConsentFixtures.done;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safepassage.registry.RegistryManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The consent module on its own (with the registry and security it depends on): every change other modules
 * must hear about is published as an event, after the change commits.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles("test")
class ConsentEventsTest {

    @Autowired
    ConsentManagement consent;

    @Autowired
    RegistryManagement registry;

    @Test
    void withdrawingAConsentPublishesConsentWithdrawnForThePersonAndTheChildrenItCovered(Scenario scenario) {
        var family = ConsentFixtures.family(registry);
        var consentId = done(consent.giveConsent(consent(consent, family, "1", "HOMS", Set.of(family.member("5")))));

        scenario.stimulate(() -> consent.withdrawConsent(
                        new WithdrawConsent(consentId, WithdrawalReason.CHANGED_MIND, "Wants to wait for the north.")))
                .andWaitForEventOfType(ConsentWithdrawn.class)
                .matching(event -> event.consentId().equals(consentId))
                .toArriveAndVerify(event -> {
                    assertThat(event.affectedIndividualIds())
                            .containsExactlyInAnyOrder(family.member("1"), family.member("5"));
                    assertThat(event.reason()).isEqualTo(WithdrawalReason.CHANGED_MIND);
                    assertThat(consent.mayTravel(family.member("5"), event.destinationId()).mayTravel()).isFalse();
                });
    }

    @Test
    void givingConsentPublishesConsentGivenAndAHoldPublishesItsPlacementAndRelease(AssertablePublishedEvents events) {
        var family = ConsentFixtures.family(registry, "TR-PI");
        var consentId = done(consent.giveConsent(consent(consent, family, "1", "IDLIB", Set.of())));

        assertThat(events).contains(ConsentGiven.class)
                .matching(ConsentGiven::consentId, consentId)
                .matching(ConsentGiven::individualId, family.member("1"));
        var placed = events.ofType(ProtectionHoldPlaced.class)
                .matching(e -> e.individualId().equals(family.member("1"))).iterator().next();

        done(consent.releaseHold(new ReleaseHold(placed.holdId(), "Reviewed with him and his wife; their choice.")));
        assertThat(events).contains(ProtectionHoldReleased.class)
                .matching(ProtectionHoldReleased::holdId, placed.holdId());
    }

    @Test
    void aNeedsCodeRecordedAfterConsentingHoldsThePersonBackOnceTheRegistryHasCommitted(Scenario scenario) {
        var family = ConsentFixtures.family(registry);
        done(consent.giveConsent(consent(consent, family, "2", "HOMS", Set.of())));
        var homs = consent.destinationByCode("HOMS").orElseThrow().id();
        var spouse = registry.person(family.member("2")).orElseThrow();
        var details = org.safepassage.registry.PersonDetails.of(spouse);
        var flagged = new org.safepassage.registry.PersonDetails(details.relationship(), details.name(), details.sex(),
                details.birthDate(), details.originPcode(), details.arrivalDate(), details.phone(), Set.of("LP-IH"));

        scenario.stimulate(() -> registry.changePerson(spouse.id(), flagged, "found to be in hiding"))
                .andWaitForStateChange(() -> consent.mayTravel(spouse.id(), homs),
                        eligibility -> eligibility instanceof Eligibility.Rejected)
                .andVerify(eligibility -> assertThat(eligibility)
                        .isEqualTo(new Eligibility.Rejected(Eligibility.Reason.PROTECTION_HOLD)));
    }
}
