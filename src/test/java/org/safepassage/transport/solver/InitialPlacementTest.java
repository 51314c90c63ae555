package org.safepassage.transport.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.transport.solver.Travellers.bus;
import static org.safepassage.transport.solver.Travellers.household;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class InitialPlacementTest {

    @Test
    void whenEveryoneFitsPacksIntoAsFewVehiclesAsTheBound() {
        var fleet = List.of(bus("BUS-1", 10), bus("BUS-2", 10), bus("BUS-3", 10), bus("BUS-4", 10));
        var units = List.of(household("A").size(6).leftBehind(), household("B").size(4).leftBehind(),
                household("C").size(3).leftBehind(), household("D").size(7).leftBehind());

        var placement = InitialPlacement.choose(units, fleet);

        assertThat(placement).hasSize(4);
        assertThat(new HashSet<>(placement.values())).hasSize(2);
    }

    @Test
    void whenTheFleetIsShortTheMostVulnerableAndLongestWaitingGoFirst() {
        var fleet = List.of(bus("BUS-1", 10));
        var recent = household("recent").size(4).registeredOn("2025-01-01").leftBehind();
        var waiting = household("waiting").size(4).registeredOn("2017-01-01").leftBehind();
        var vulnerable = household("vulnerable").size(4).priority(2).registeredOn("2025-06-01").leftBehind();

        var placement = InitialPlacement.choose(List.of(recent, waiting, vulnerable), fleet);

        assertThat(placement).containsOnlyKeys(vulnerable, waiting);
    }

    @Test
    void whenSeatsAreScarceTheLargeVehicleGoesWhereMostPeopleWait() {
        var coach = bus("COACH", 60);
        var minibus = bus("MINI", 15);
        var units = new java.util.ArrayList<HouseholdUnit>();
        for (int i = 0; i < 4; i++) {
            units.add(household("Daraa-" + i).size(5).to(Travellers.DARAA).priority(1).leftBehind());
        }
        for (int i = 0; i < 16; i++) {
            units.add(household("Homs-" + i).size(5).to(Travellers.HOMS).leftBehind());
        }

        var placement = InitialPlacement.choose(units, List.of(coach, minibus));

        assertThat(placement.values()).containsOnly(coach, minibus);
        assertThat(placement.keySet().stream().mapToInt(HouseholdUnit::getSize).sum()).isEqualTo(75);
        assertThat(placement.get(units.get(0))).isSameAs(minibus);
    }

    @Test
    void neighboursOfABlockShareTheVehicleAlreadyCarryingTheirBlock() {
        var fleet = List.of(bus("BUS-1", 10), bus("BUS-2", 10));
        var units = List.of(household("A").size(5).block("B-1").leftBehind(),
                household("B").size(5).block("B-2").leftBehind(),
                household("C").size(5).block("B-1").leftBehind(),
                household("D").size(5).block("B-2").leftBehind());

        var placement = InitialPlacement.choose(units, fleet);

        assertThat(placement.get(units.get(0))).isSameAs(placement.get(units.get(2)));
        assertThat(placement.get(units.get(1))).isSameAs(placement.get(units.get(3)));
    }
}
