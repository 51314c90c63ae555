package org.safepassage.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safepassage.consent.ConsentFixtures.Family;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.corridor.CheckpointRecording;
import org.safepassage.corridor.CorridorAdministration;
import org.safepassage.corridor.IncidentType;
import org.safepassage.corridor.RecordPassage;
import org.safepassage.corridor.Recorded;
import org.safepassage.corridor.ReportIncident;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.AuditLog;
import org.safepassage.shared.PageRequest;
import org.safepassage.support.MutableClock;
import org.safepassage.support.SafePassageTest;
import org.safepassage.transport.TransportFixtures.Journey;
import org.safepassage.transport.alert.AlertCause;
import org.safepassage.transport.alert.AlertOutcome;
import org.safepassage.transport.alert.Alerts;
import org.safepassage.transport.alert.UnaccountedAlert;
import org.safepassage.transport.alert.UnaccountedAlerts;
import org.safepassage.transport.alert.UnaccountedCheck;
import org.safepassage.transport.convoy.ConvoyOperations;
import org.safepassage.transport.fleet.Fleet;
import org.safepassage.transport.journey.ConvoyMoves;
import org.safepassage.transport.journey.ConvoyMoves.Move;
import org.safepassage.transport.journey.LiveBoards;
import org.safepassage.transport.journey.TravelKind;
import org.safepassage.transport.journey.TravelRecorded;
import org.safepassage.transport.journey.TravelRecording;
import org.safepassage.transport.journey.TravelRefusal;
import org.safepassage.transport.journey.TravelReport;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.manifest.ManifestFreezing;
import org.safepassage.transport.planning.ConvoyPlanning;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From boarding to arrival: who boarded, passages of checkpoints through the corridor's events, arrival, and the
 * alarms for anyone unaccounted for. Time passes by moving the clock on, never by waiting.
 */
@SafePassageTest
class ConvoyJourneyTest {

    @Autowired RegistryManagement registry;
    @Autowired ConsentManagement consent;
    @Autowired CorridorAdministration corridors;
    @Autowired CheckpointRecording checkpoints;
    @Autowired Fleet fleet;
    @Autowired ConvoyOperations convoys;
    @Autowired Convoys convoyRecords;
    @Autowired ConvoyPlanning planning;
    @Autowired ManifestFreezing freezing;
    @Autowired ConvoyMoves moves;
    @Autowired TravelRecording travel;
    @Autowired UnaccountedCheck check;
    @Autowired UnaccountedAlerts resolution;
    @Autowired Alerts alerts;
    @Autowired LiveBoards boards;
    @Autowired AuditLog audit;
    @Autowired MutableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    record Boarding(Journey journey, Family family, UUID convoy) {
    }

    @Test
    void boardingTheSameReportTwiceStoresItOnceAndAnotherReportUnderItsIdIsAConflict() {
        var boarding = frozenConvoy();
        TransportFixtures.done(moves.move(boarding.convoy(), Move.START_BOARDING, null));
        UUID reportId = UUID.randomUUID();
        var report = board(boarding, reportId, "1", "2");

        assertThat(travel.record(report)).isInstanceOf(TravelRecorded.Stored.class);
        assertThat(travel.record(report)).isInstanceOf(TravelRecorded.AlreadyStored.class);
        assertThat(travel.record(board(boarding, reportId, "1", "2", "3")))
                .isEqualTo(new TravelRecorded.Refused(TravelRefusal.ID_CONFLICT));
    }

    @Test
    void nobodyBoardsBeforeBoardingStartsAndOnlyPeopleOnTheManifestBoard() {
        var boarding = frozenConvoy();

        assertThat(travel.record(board(boarding, UUID.randomUUID(), "1")))
                .isEqualTo(new TravelRecorded.Refused(TravelRefusal.NOT_BOARDING));
        TransportFixtures.done(moves.move(boarding.convoy(), Move.START_BOARDING, null));
        var stranger = TransportFixtures.consentingFamily(registry, consent, boarding.journey());
        assertThat(travel.record(new TravelReport(UUID.randomUUID(), TravelKind.BOARDED, boarding.convoy(),
                boarding.family().householdId(), Set.of(stranger.member("1")), clock.instant())))
                .isEqualTo(new TravelRecorded.Refused(TravelRefusal.NOT_ON_MANIFEST));
        assertThat(moves.move(boarding.convoy(), Move.DEPART, null))
                .isEqualTo(Outcome.rejected("convoy.refused.nobodyBoarded"));
    }

    @Test
    void someoneWhoBoardedAndIsNotSeenAtTheNextCheckpointInTimeRaisesAnAlertWithWhereTheyWereLastSeen() {
        var boarding = departed("1", "2", "4");
        passCheckpoint(boarding, boarding.journey().firstCheckpoint(), "1", "2");

        clock.advance(Duration.ofMinutes(60 + 29));
        check.check();
        assertThat(alerts.ofConvoy(boarding.convoy())).as("still within the grace period").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        check.check();
        var raised = alerts.ofConvoy(boarding.convoy());
        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.individualId()).isEqualTo(boarding.family().member("4"));
            assertThat(alert.cause()).isEqualTo(AlertCause.NOT_SEEN);
            assertThat(alert.lastSeenCheckpointId()).as("last seen at boarding").isNull();
            assertThat(alert.expectedCheckpointId()).isEqualTo(boarding.journey().firstCheckpoint());
            assertThat(alert.open()).isTrue();
        });

        check.check();
        assertThat(alerts.ofConvoy(boarding.convoy())).as("raised once").hasSize(1);
        var board = boards.board(convoyRecords.find(boarding.convoy()).orElseThrow());
        assertThat(board.total().boarded()).isEqualTo(3);
        assertThat(board.total().passed()).containsExactly(2, 0);
        assertThat(board.total().unaccounted()).isEqualTo(1);
    }

    @Test
    void peopleSeenAtEveryCheckpointButNeverArrivingRaiseAnAlertAfterTheExpectedJourney() {
        var boarding = departed("1", "2");
        passCheckpoint(boarding, boarding.journey().firstCheckpoint(), "1", "2");
        clock.advance(Duration.ofMinutes(170));
        passCheckpoint(boarding, boarding.journey().secondCheckpoint(), "1", "2");
        clock.advance(Duration.ofMinutes(40));
        TransportFixtures.done(moves.move(boarding.convoy(), Move.ARRIVE, null));
        assertThat(travel.record(new TravelReport(UUID.randomUUID(), TravelKind.ARRIVED, boarding.convoy(),
                boarding.family().householdId(), Set.of(boarding.family().member("1")), clock.instant())))
                .isInstanceOf(TravelRecorded.Stored.class);

        clock.advance(Duration.ofMinutes(240 - 210 + 31));
        check.check();

        assertThat(alerts.ofConvoy(boarding.convoy())).singleElement().satisfies(alert -> {
            assertThat(alert.individualId()).isEqualTo(boarding.family().member("2"));
            assertThat(alert.expectedAtArrival()).isTrue();
            assertThat(alert.lastSeenCheckpointId()).isEqualTo(boarding.journey().secondCheckpoint());
        });
    }

    @Test
    void someoneHeldBackAtACheckpointRaisesAnAlertAtOnceAndItStaysOpenUntilResolvedWithAnOutcome() {
        var boarding = departed("1", "2", "3");
        var incident = checkpoints.record(new ReportIncident(UUID.randomUUID(), boarding.journey().firstCheckpoint(),
                clock.instant(), IncidentType.DETAINED, boarding.family().householdId(),
                Set.of(boarding.family().member("3")), null, boarding.convoy(), null));
        assertThat(incident).isInstanceOf(Recorded.Stored.class);

        await().atMost(Duration.ofSeconds(20)).until(() -> !alerts.ofConvoy(boarding.convoy()).isEmpty());
        UnaccountedAlert alert = alerts.ofConvoy(boarding.convoy()).get(0);
        assertThat(alert.cause()).isEqualTo(AlertCause.DETAINED);
        assertThat(alert.individualId()).isEqualTo(boarding.family().member("3"));
        assertThat(alert.lastSeenCheckpointId()).isEqualTo(boarding.journey().firstCheckpoint());

        assertThat(resolution.resolve(alert.id(), AlertOutcome.OTHER, " "))
                .isEqualTo(Outcome.rejected("note", "alert.error.noteForOther"));
        TransportFixtures.done(resolution.resolve(alert.id(), AlertOutcome.DETAINED, "Referred to the protection team"));
        assertThat(alerts.find(alert.id()).orElseThrow().open()).isFalse();
        assertThat(resolution.resolve(alert.id(), AlertOutcome.SEEN_SAFE, null))
                .isEqualTo(Outcome.rejected("alert.refused.resolvedAlready"));
        assertThat(audit.entries(new PageRequest(0, 20), "UNACCOUNTED_ALERT_RESOLVED").items())
                .anySatisfy(e -> assertThat(e.details()).contains(alert.id().toString()).doesNotContain("Referred"));
    }

    // ---- the journey so far -------------------------------------------------------------------------------

    private Boarding frozenConvoy() {
        var journey = TransportFixtures.journey(consent, corridors);
        var family = TransportFixtures.consentingFamily(registry, consent, journey);
        UUID convoy = TransportFixtures.convoy(convoys, journey, TransportFixtures.vehicle(fleet, "B", 50, 0, 0));
        TransportFixtures.done(planning.start(convoy, Duration.ofSeconds(2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> planning.latest(convoy).map(r -> !r.solving()).orElse(false));
        TransportFixtures.done(freezing.freeze(convoy));
        return new Boarding(journey, family, convoy);
    }

    private Boarding departed(String... boarding) {
        var frozen = frozenConvoy();
        TransportFixtures.done(moves.move(frozen.convoy(), Move.START_BOARDING, null));
        assertThat(travel.record(board(frozen, UUID.randomUUID(), boarding))).isInstanceOf(TravelRecorded.Stored.class);
        TransportFixtures.done(moves.move(frozen.convoy(), Move.DEPART, null));
        return frozen;
    }

    private TravelReport board(Boarding boarding, UUID reportId, String... members) {
        return new TravelReport(reportId, TravelKind.BOARDED, boarding.convoy(), boarding.family().householdId(),
                java.util.Arrays.stream(members).map(boarding.family()::member).collect(java.util.stream.Collectors.toSet()),
                clock.instant());
    }

    private void passCheckpoint(Boarding boarding, UUID checkpoint, String... members) {
        var people = java.util.Arrays.stream(members).map(boarding.family()::member)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(checkpoints.record(new RecordPassage(UUID.randomUUID(), checkpoint, clock.instant(),
                boarding.family().householdId(), people, people.size(), boarding.convoy(), null, null)))
                .isInstanceOf(Recorded.Stored.class);
    }
}
