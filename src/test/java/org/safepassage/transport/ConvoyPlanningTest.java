package org.safepassage.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.consent.ConsentFixtures;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.WithdrawConsent;
import org.safepassage.consent.WithdrawalReason;
import org.safepassage.corridor.CorridorAdministration;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.AuditLog;
import org.safepassage.shared.PageRequest;
import org.safepassage.support.SafePassageTest;
import org.safepassage.transport.convoy.ConvoyOperations;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.fleet.Fleet;
import org.safepassage.transport.manifest.AmendmentReason;
import org.safepassage.transport.manifest.ManifestEntry;
import org.safepassage.transport.manifest.ManifestFreezing;
import org.safepassage.transport.manifest.Manifests;
import org.safepassage.transport.manifest.Marker;
import org.safepassage.transport.planning.ConvoyInstances;
import org.safepassage.transport.planning.ConvoyPlanning;
import org.safepassage.transport.planning.FlagReason;
import org.safepassage.transport.planning.PlanningRun;
import org.safepassage.transport.planning.PlanningRuns;
import org.safepassage.transport.planning.RunStatus;
import org.safepassage.transport.planning.UnitDraft;
import org.safepassage.transport.planning.Vulnerability;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Planning from the operation's records: who may travel, households split only where their members chose
 * differently, the plan kept in the database, frozen into manifests, and kept true when consent changes.
 */
@SafePassageTest
class ConvoyPlanningTest {

    static final Duration QUICK = Duration.ofSeconds(2);

    @Autowired RegistryManagement registry;
    @Autowired ConsentManagement consent;
    @Autowired CorridorAdministration corridors;
    @Autowired Fleet fleet;
    @Autowired ConvoyOperations convoys;
    @Autowired Convoys convoyRecords;
    @Autowired ConvoyInstances instances;
    @Autowired ConvoyPlanning planning;
    @Autowired PlanningRuns runs;
    @Autowired ManifestFreezing freezing;
    @Autowired Manifests manifests;
    @Autowired AuditLog audit;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theInstanceHoldsOnlyWhoMayTravelAndSplitsAHouseholdWhoseMembersChoseDifferently() {
        var journey = TransportFixtures.journey(consent, corridors);
        var whole = TransportFixtures.consentingFamily(registry, consent, journey, "SM-CC");
        var split = ConsentFixtures.family(registry);
        // the head consents for himself and the children; his wife and grown son do not want to go there
        TransportFixtures.done(consent.giveConsent(ConsentFixtures.consent(consent, split, "1",
                journey.destination().code(), Set.of(split.member("4"), split.member("5")))));
        ConsentFixtures.family(registry); // registered, never consented: not in the instance
        UUID convoy = TransportFixtures.convoy(convoys, journey, TransportFixtures.vehicle(fleet, "B", 50, 2, 1));

        var draft = instances.draft(convoyRecords.find(convoy).orElseThrow());

        assertThat(draft.units()).extracting(UnitDraft::ref).containsExactlyInAnyOrder(whole.ref(), split.ref());
        var wholeUnit = unit(draft.units(), whole.ref());
        assertThat(wholeUnit.size()).isEqualTo(5);
        assertThat(wholeUnit.wholeHousehold()).isTrue();
        assertThat(wholeUnit.medicalSeats()).as("a critical medical condition needs a medical seat").isEqualTo(1);
        assertThat(wholeUnit.priority()).isEqualTo(Vulnerability.CRITICAL);
        var part = unit(draft.units(), split.ref());
        assertThat(part.wholeHousehold()).isFalse();
        assertThat(part.individualIds()).containsExactlyInAnyOrder(split.member("1"), split.member("4"),
                split.member("5"));
        assertThat(draft.toInstance().vehicles()).singleElement()
                .satisfies(v -> assertThat(v.destination()).isEqualTo(journey.destination().code()));
    }

    @Test
    void aPlanSolvedInTheBackgroundIsKeptAndFrozenIntoOneManifestPerVehicleWithMarkersButNoCondition() {
        var journey = TransportFixtures.journey(consent, corridors);
        var first = TransportFixtures.consentingFamily(registry, consent, journey, "DS-PS");
        var second = TransportFixtures.consentingFamily(registry, consent, journey);
        UUID convoy = TransportFixtures.convoy(convoys, journey, TransportFixtures.vehicle(fleet, "B", 50, 2, 2),
                TransportFixtures.vehicle(fleet, "M", 12, 0, 0));

        TransportFixtures.done(planning.start(convoy, QUICK));
        var run = finished(convoy);

        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.feasible()).isTrue();
        assertThat(run.placedPeople()).isEqualTo(10);
        assertThat(runs.find(run.id())).as("kept in the database").isPresent();

        TransportFixtures.done(freezing.freeze(convoy));

        assertThat(convoyRecords.find(convoy).orElseThrow().status()).isEqualTo(ConvoyStatus.MANIFEST_FROZEN);
        var entries = manifests.entriesOfConvoy(convoy);
        assertThat(entries).hasSize(10);
        assertThat(entries).as("a household rides one vehicle").filteredOn(e -> e.householdId().equals(first.householdId()))
                .extracting(ManifestEntry::manifestId).containsOnly(entries.stream()
                        .filter(e -> e.householdId().equals(first.householdId())).findFirst().orElseThrow().manifestId());
        var head = entries.stream().filter(e -> e.individualId().equals(first.member("1"))).findFirst().orElseThrow();
        assertThat(head.markers()).containsExactlyInAnyOrder(Marker.MEDICAL_SEAT, Marker.WHEELCHAIR);
        assertThat(second.householdId()).isNotNull();
    }

    @Test
    void withdrawingConsentAfterFreezingTakesThePersonOffWithAnAuditedAmendmentAndFlagsThePlan() {
        var journey = TransportFixtures.journey(consent, corridors);
        var family = TransportFixtures.consentingFamily(registry, consent, journey);
        UUID convoy = TransportFixtures.convoy(convoys, journey, TransportFixtures.vehicle(fleet, "B", 50, 0, 0));
        TransportFixtures.done(planning.start(convoy, QUICK));
        var run = finished(convoy);
        TransportFixtures.done(freezing.freeze(convoy));
        UUID son = family.member("3");

        var sonsConsent = consent.consentCarrying(son).orElseThrow();
        TransportFixtures.done(consent.withdrawConsent(new WithdrawConsent(sonsConsent.id(),
                WithdrawalReason.FEARS_FOR_SAFETY, null)));

        await().atMost(Duration.ofSeconds(20)).until(() -> !manifests.amendmentsOfConvoy(convoy).isEmpty());
        var amendment = manifests.amendmentsOfConvoy(convoy).get(0);
        assertThat(amendment.individualId()).isEqualTo(son);
        assertThat(amendment.reason()).isEqualTo(AmendmentReason.CONSENT_WITHDRAWN);
        assertThat(amendment.removed()).isTrue();
        assertThat(amendment.issue()).isEqualTo(2);
        assertThat(manifests.entriesOfConvoy(convoy)).filteredOn(ManifestEntry::listed)
                .extracting(ManifestEntry::individualId).hasSize(4).doesNotContain(son);
        assertThat(audit.entries(new PageRequest(0, 50), "MANIFEST_AMENDED").items())
                .anySatisfy(e -> assertThat(e.recordId()).isEqualTo(amendment.manifestId().toString()));
        assertThat(runs.flags(run.id())).anySatisfy(f -> {
            assertThat(f.reason()).isEqualTo(FlagReason.CONSENT_WITHDRAWN);
            assertThat(f.individualId()).isEqualTo(son);
        });
    }

    @Test
    void aPlanFlaggedByAWithdrawalIsNotFrozenUntilPlannedAgain() {
        var journey = TransportFixtures.journey(consent, corridors);
        var family = TransportFixtures.consentingFamily(registry, consent, journey);
        UUID convoy = TransportFixtures.convoy(convoys, journey, TransportFixtures.vehicle(fleet, "B", 50, 0, 0));
        TransportFixtures.done(planning.start(convoy, QUICK));
        var run = finished(convoy);

        TransportFixtures.done(consent.withdrawConsent(new WithdrawConsent(
                consent.consentCarrying(family.member("2")).orElseThrow().id(), WithdrawalReason.CHANGED_MIND, null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !runs.flags(run.id()).isEmpty());

        assertThat(freezing.freeze(convoy)).isEqualTo(Outcome.rejected("manifest.refused.flagged"));

        TransportFixtures.done(planning.start(convoy, QUICK));
        finished(convoy);
        TransportFixtures.done(freezing.freeze(convoy));
        assertThat(manifests.entriesOfConvoy(convoy)).extracting(ManifestEntry::individualId).hasSize(4)
                .doesNotContain(family.member("2"));
    }

    @Test
    void stoppingARunKeepsItsBestPlan() {
        var journey = TransportFixtures.journey(consent, corridors);
        TransportFixtures.consentingFamily(registry, consent, journey);
        TransportFixtures.consentingFamily(registry, consent, journey);
        UUID convoy = TransportFixtures.convoy(convoys, journey, TransportFixtures.vehicle(fleet, "B", 6, 0, 0),
                TransportFixtures.vehicle(fleet, "B", 6, 0, 0));
        TransportFixtures.done(planning.start(convoy, Duration.ofMinutes(5)));

        await().atMost(Duration.ofSeconds(30)).until(() -> planning.latest(convoy).map(PlanningRun::hasPlan).orElse(false));
        TransportFixtures.done(planning.stop(convoy));
        var run = finished(convoy);

        assertThat(run.status()).isEqualTo(RunStatus.STOPPED);
        assertThat(run.placedPeople()).isEqualTo(10);
        assertThat(run.usable()).isTrue();
    }

    @Test
    void aRunLeftSolvingByAnApplicationThatStoppedIsInterruptedAndItsBestPlanStillServes() {
        var journey = TransportFixtures.journey(consent, corridors);
        TransportFixtures.consentingFamily(registry, consent, journey);
        UUID convoy = TransportFixtures.convoy(convoys, journey, TransportFixtures.vehicle(fleet, "B", 50, 0, 0));
        TransportFixtures.done(planning.start(convoy, QUICK));
        var run = finished(convoy);
        // as the database looks after a power cut in the middle of solving
        jdbc.sql("""
                UPDATE planning_run SET status = 'SOLVING', finished_at = NULL, started_at = started_at - interval '1 hour'
                WHERE id = :id""").param("id", run.id()).update();

        var after = planning.latest(convoy).orElseThrow();

        assertThat(after.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(after.placedPeople()).isEqualTo(5);
        TransportFixtures.done(freezing.freeze(convoy));
    }

    private PlanningRun finished(UUID convoy) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> planning.latest(convoy).map(r -> !r.solving()).orElse(false));
        return planning.latest(convoy).orElseThrow();
    }

    private static UnitDraft unit(java.util.List<UnitDraft> units, String ref) {
        return units.stream().filter(u -> u.ref().equals(ref)).findFirst().orElseThrow();
    }
}
