package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CheckpointRulesTest {

    private static Checkpoint at(int sequence, int minutes) {
        return new Checkpoint(UUID.randomUUID(), UUID.randomUUID(), "CP-" + sequence, "n", "ن", sequence,
                new GeoPoint(38, 33), minutes, "op", OpeningHours.AROUND_THE_CLOCK, null, null, null, List.of());
    }

    private static CheckpointDetails details(int sequence, int minutes) {
        return new CheckpointDetails("NEW", "New", "جديد", sequence, new GeoPoint(38, 33), minutes, "op", null, null,
                null, null);
    }

    @Test
    void aCheckpointFurtherAlongIsNeverExpectedSooner() {
        var current = List.of(at(1, 60), at(2, 180));

        assertThat(CheckpointOrder.violations(current, UUID.randomUUID(), details(3, 120)))
                .extracting(Violation::messageKey).containsExactly("checkpoint.error.minutesOutOfOrder");
        assertThat(CheckpointOrder.violations(current, UUID.randomUUID(), details(3, 240))).isEmpty();
    }

    @Test
    void twoCheckpointsCannotShareAPlace() {
        var current = List.of(at(1, 60), at(2, 180));

        assertThat(CheckpointOrder.violations(current, UUID.randomUUID(), details(2, 200)))
                .extracting(Violation::messageKey).containsExactly("checkpoint.error.sequenceTaken");
    }

    @Test
    void aCheckpointMayKeepItsOwnPlaceWhenChanged() {
        var first = at(1, 60);
        var current = List.of(first, at(2, 180));

        assertThat(CheckpointOrder.violations(current, first.id(), details(1, 90))).isEmpty();
    }

    @Test
    void openingHoursMayRunPastMidnight() {
        var night = new OpeningHours(LocalTime.of(20, 0), LocalTime.of(6, 0));

        assertThat(night.isOpenAt(LocalTime.of(23, 0))).isTrue();
        assertThat(night.isOpenAt(LocalTime.of(5, 59))).isTrue();
        assertThat(night.isOpenAt(LocalTime.of(12, 0))).isFalse();
        assertThat(OpeningHours.AROUND_THE_CLOCK.isOpenAt(LocalTime.of(3, 0))).isTrue();
    }

    @Test
    void theSameReportHasTheSameFingerprintWhateverTheOrderOfItsPeople() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        UUID checkpoint = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-01T08:00:00Z");
        var first = new RecordPassage(id, checkpoint, at, null, Set.of(a, b), null, null, null, null);
        var again = new RecordPassage(id, checkpoint, at, null, new java.util.LinkedHashSet<>(List.of(b, a)), 2, null,
                null, null);
        var other = new RecordPassage(id, checkpoint, at.plusSeconds(60), null, Set.of(a, b), null, null, null, null);

        assertThat(Fingerprints.of(again)).isEqualTo(Fingerprints.of(first));
        assertThat(Fingerprints.of(other)).isNotEqualTo(Fingerprints.of(first));
    }

    @Test
    void aPassageMustSayWhoPassed() {
        var passage = new RecordPassage(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                Set.of(), null, null, null, null);

        assertThat(passage.violations()).extracting(Violation::messageKey)
                .containsExactly("checkpointEvent.error.whoPassed");
    }

    @Test
    void onlyAMedicalScreeningCanLeadToAReferral() {
        var food = new RecordService(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), UUID.randomUUID(), Set.of(),
                ServiceType.FOOD, 1, true, null);
        var screening = new RecordService(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                Set.of(), ServiceType.MEDICAL_SCREENING, null, null, null);

        assertThat(food.violations()).extracting(Violation::messageKey)
                .containsExactly("checkpointEvent.error.referral");
        assertThat(screening.violations()).isEmpty();
        assertThat(screening.referred()).isFalse();
    }
}
