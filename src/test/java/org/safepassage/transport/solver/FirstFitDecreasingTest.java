package org.safepassage.transport.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.transport.solver.Travellers.DARAA;
import static org.safepassage.transport.solver.Travellers.HOMS;
import static org.safepassage.transport.solver.Travellers.bus;
import static org.safepassage.transport.solver.Travellers.household;

import java.util.List;

import org.junit.jupiter.api.Test;

class FirstFitDecreasingTest {

    @Test
    void placesTheLargestHouseholdsFirstIntoTheFirstVehicleWithRoom() {
        var first = bus("BUS-1", 10);
        var second = bus("BUS-2", 10);
        var small = household("small").size(3).leftBehind();
        var large = household("large").size(8).leftBehind();
        var middle = household("middle").size(5).leftBehind();

        var placement = FirstFitDecreasing.place(List.of(small, large, middle), List.of(first, second));

        assertThat(placement).containsEntry(large, first).containsEntry(middle, second).containsEntry(small, second);
    }

    @Test
    void neverMixesDestinationsOrOverfillsAndLeavesBehindWhatDoesNotFit() {
        var onlyBus = bus("BUS-1", 10);
        var toHoms = household("to Homs").size(6).to(HOMS).leftBehind();
        var toDaraa = household("to Daraa").size(2).to(DARAA).leftBehind();
        var tooLate = household("too late").size(5).to(HOMS).leftBehind();

        var placement = FirstFitDecreasing.place(List.of(toHoms, toDaraa, tooLate), List.of(onlyBus));

        assertThat(placement).containsOnlyKeys(toHoms);
    }

    @Test
    void givesPatientsAndWheelchairsOnlyVehiclesEquippedForThem() {
        var plain = bus("BUS-1", 50);
        var ambulance = new Vehicle("AMB-1", 4, 1, 1, null);
        var patient = household("patient").size(2).medicalSeats(1).leftBehind();
        var wheelchair = household("wheelchair").size(2).wheelchairSpaces(1).leftBehind();

        var placement = FirstFitDecreasing.place(List.of(patient, wheelchair), List.of(plain, ambulance));

        assertThat(placement).containsEntry(patient, ambulance).containsEntry(wheelchair, ambulance);
    }

    @Test
    void respectsAVehicleCommittedToAnotherDestination() {
        var toDaraaOnly = new Vehicle("BUS-D", 50, 0, 0, DARAA);
        var toHoms = household("to Homs").to(HOMS).leftBehind();

        assertThat(FirstFitDecreasing.place(List.of(toHoms), List.of(toDaraaOnly))).isEmpty();
    }
}
