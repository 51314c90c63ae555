package org.safepassage.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SyntheticCampTest {

    private final PlanningInstance camp = SyntheticCamp.instance(20_000, SyntheticCamp.Fleet.MIXED, 11);

    @Test
    void looksLikeTheCamp() {
        var units = camp.units();
        double meanSize = units.stream().mapToInt(TravellingUnit::size).average().orElseThrow();

        assertThat(camp.people()).isEqualTo(20_000);
        assertThat(units).allSatisfy(unit -> assertThat(unit.size()).isBetween(1, 12));
        assertThat(meanSize).isCloseTo(5.5, within(0.3));
        assertThat(SyntheticCamp.womenAndChildrenShare(20_000, 11)).isCloseTo(0.8, within(0.03));
        assertThat(share(unit -> unit.medicalSeats() > 0)).isBetween(0.01, 0.08);
        assertThat(share(unit -> unit.wheelchairSpaces() > 0)).isBetween(0.01, 0.08);
        assertThat(share(unit -> unit.priority() > 0)).isBetween(0.2, 0.7);
        assertThat(units.stream().map(TravellingUnit::block).distinct().count()).isGreaterThan(30);
        assertThat(units.stream().map(TravellingUnit::registeredOn).distinct().count()).isGreaterThan(1000);
    }

    @Test
    void consentingHouseholdsGoToAFewDestinationsInUnevenShares() {
        Map<String, Long> byDestination = camp.units().stream()
                .collect(Collectors.groupingBy(TravellingUnit::destination, Collectors.counting()));

        assertThat(byDestination).hasSizeBetween(3, 4);
        long largest = byDestination.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long smallest = byDestination.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(largest).isGreaterThan(2 * smallest);
    }

    @Test
    void fleetsAreEnoughOrShortAsNamed() {
        var uniform = SyntheticCamp.instance(20_000, SyntheticCamp.Fleet.UNIFORM, 11);
        var shortFleet = SyntheticCamp.instance(20_000, SyntheticCamp.Fleet.SHORT, 11);

        assertThat(uniform.vehicles()).extracting(VehicleCapacity::seats).containsOnly(50);
        assertThat(uniform.seats()).isGreaterThan(uniform.people());
        assertThat(camp.seats()).isGreaterThan(camp.people());
        assertThat(camp.vehicles()).anyMatch(VehicleCapacity::hasFixedDestination);
        assertThat(camp.vehicles()).anyMatch(v -> v.seats() <= 4 && v.medicalSeats() > 0);
        assertThat((double) shortFleet.seats() / shortFleet.people()).isCloseTo(0.8, within(0.02));
    }

    @Test
    void theSameSeedGivesTheSameCamp() {
        assertThat(SyntheticCamp.instance(2_000, SyntheticCamp.Fleet.SHORT, 5))
                .isEqualTo(SyntheticCamp.instance(2_000, SyntheticCamp.Fleet.SHORT, 5));
    }

    private double share(java.util.function.Predicate<TravellingUnit> test) {
        return (double) camp.units().stream().filter(test).count() / camp.units().size();
    }
}
