package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class StatusHistoryTest {

    private static final UUID CORRIDOR = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-01T06:00:00Z");

    private static StatusChange change(CorridorStatus status, Instant effective, Instant recorded) {
        return new StatusChange(UUID.randomUUID(), CORRIDOR, status, "because", effective, recorded, "tester");
    }

    @Test
    void currentStatusIsTheLatestEntryInForce() {
        var history = new StatusHistory(List.of(
                change(CorridorStatus.OPEN, T0.plusSeconds(3600), T0.plusSeconds(3600)),
                change(CorridorStatus.PLANNED, T0, T0),
                change(CorridorStatus.SUSPENDED, T0.plusSeconds(7200), T0.plusSeconds(7200))));

        assertThat(history.statusAt(T0.plusSeconds(10_000))).isEqualTo(CorridorStatus.SUSPENDED);
        assertThat(history.statusAt(T0.plusSeconds(5000))).isEqualTo(CorridorStatus.OPEN);
        assertThat(history.changes()).extracting(StatusChange::status)
                .containsExactly(CorridorStatus.SUSPENDED, CorridorStatus.OPEN, CorridorStatus.PLANNED);
    }

    @Test
    void anEntryDatedBackDoesNotOverrideALaterOne() {
        var history = new StatusHistory(List.of(
                change(CorridorStatus.OPEN, T0.plusSeconds(7200), T0.plusSeconds(7200)),
                // recorded last, but it took effect earlier
                change(CorridorStatus.CLOSED, T0.plusSeconds(3600), T0.plusSeconds(9000))));

        assertThat(history.statusAt(T0.plusSeconds(10_000))).isEqualTo(CorridorStatus.OPEN);
    }

    @Test
    void ofTwoEntriesWithTheSameEffectiveTimeTheOneRecordedLaterWins() {
        var history = new StatusHistory(List.of(
                change(CorridorStatus.CLOSED, T0, T0.plusSeconds(60)),
                change(CorridorStatus.OPEN, T0, T0)));

        assertThat(history.statusAt(T0.plusSeconds(120))).isEqualTo(CorridorStatus.CLOSED);
    }

    @Test
    void aCorridorWithoutHistoryCountsAsPlanned() {
        assertThat(new StatusHistory(List.of()).statusAt(T0)).isEqualTo(CorridorStatus.PLANNED);
    }

    @Test
    void suspendingOrClosingNeedsAReason() {
        assertThat(new ChangeStatus(CorridorStatus.SUSPENDED, " ", null).violations())
                .extracting(Violation::messageKey).containsExactly("corridor.error.reason");
        assertThat(new ChangeStatus(CorridorStatus.OPEN, null, null).violations()).isEmpty();
    }
}
