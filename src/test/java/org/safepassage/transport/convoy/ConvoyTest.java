package org.safepassage.transport.convoy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A convoy moves only through its named steps, in order; a step out of turn is refused with its reason. */
class ConvoyTest {

    static final Instant NOW = Instant.parse("2026-11-28T05:00:00Z");

    @Test
    void aConvoyGoesFromPlanningThroughBoardingToArrival() {
        var convoy = convoy(ConvoyStatus.PLANNING);

        assertThat(convoy.freezeManifests()).isEqualTo(new Transition.Moved(ConvoyStatus.PLANNING, ConvoyStatus.MANIFEST_FROZEN));
        assertThat(convoy.startBoarding()).isInstanceOf(Transition.Moved.class);
        assertThat(convoy.depart(NOW)).isInstanceOf(Transition.Moved.class);
        assertThat(convoy.departedAt()).isEqualTo(NOW);
        assertThat(convoy.expectedArrival()).isEqualTo(NOW.plus(Duration.ofMinutes(240)));
        assertThat(convoy.arrive(NOW.plusSeconds(3600))).isInstanceOf(Transition.Moved.class);
        assertThat(convoy.status()).isEqualTo(ConvoyStatus.ARRIVED);
    }

    @Test
    void aStepOutOfTurnIsRefusedWithItsReasonAndChangesNothing() {
        var planning = convoy(ConvoyStatus.PLANNING);
        assertThat(planning.startBoarding()).isEqualTo(new Transition.Refused("convoy.refused.boardOnlyWhenFrozen"));
        assertThat(planning.depart(NOW)).isEqualTo(new Transition.Refused("convoy.refused.departOnlyWhileBoarding"));
        assertThat(planning.status()).isEqualTo(ConvoyStatus.PLANNING);
        assertThat(planning.departedAt()).isNull();

        var boarding = convoy(ConvoyStatus.BOARDING);
        assertThat(boarding.reopenPlanning()).isEqualTo(new Transition.Refused("convoy.refused.reopenOnlyWhenFrozen"));
        assertThat(boarding.arrive(NOW)).isEqualTo(new Transition.Refused("convoy.refused.arriveOnlyWhenDeparted"));
    }

    @Test
    void aConvoyIsCalledOffOnlyBeforeItLeavesAndOnlyWithAReason() {
        assertThat(convoy(ConvoyStatus.BOARDING).abort(" ")).isEqualTo(new Transition.Refused("convoy.refused.abortNeedsReason"));
        assertThat(convoy(ConvoyStatus.BOARDING).abort("The corridor was closed")).isInstanceOf(Transition.Moved.class);
        assertThat(convoy(ConvoyStatus.DEPARTED).abort("Too late"))
                .isEqualTo(new Transition.Refused("convoy.refused.abortOnlyBeforeDeparture"));
    }

    private static Convoy convoy(ConvoyStatus status) {
        return new Convoy(UUID.randomUUID(), "CV-1", UUID.randomUUID(), UUID.randomUUID(), NOW.minusSeconds(600), 240,
                null, status, status == ConvoyStatus.DEPARTED ? NOW : null, null);
    }
}
