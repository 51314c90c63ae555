package org.safepassage.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class VehicleBoundTest {

    @Test
    void identicalVehiclesNeedPeopleOverSeatsRoundedUpPerDestination() {
        var units = new ArrayList<TravellingUnit>();
        for (int i = 0; i < 11; i++) {
            units.add(unit("H-" + i, 5, i < 6 ? "Homs" : "Daraa"));
        }
        var instance = new PlanningInstance(units, buses(10, 50));

        var bound = VehicleBound.of(instance, units);

        // 30 people to Homs and 25 to Daraa: one bus each, although 55 people would fit two buses of 50 at once
        assertThat(bound.ceiling()).isEqualTo(2);
        assertThat(bound.value()).isEqualTo(2);
        assertThat(bound.uniformFleet()).isTrue();
    }

    @Test
    void martelloTothSeesThatHouseholdsLargerThanHalfAVehicleCannotShare() {
        // three households of 6 in vehicles of 10: 18 people fit 2 vehicles by seats, but no two of them share one
        assertThat(VehicleBound.l2(new int[] {6, 6, 6}, 10)).isEqualTo(3);
        assertThat(VehicleBound.l2(new int[] {6, 6, 6, 4, 4, 4}, 10)).isEqualTo(3);
        assertThat(VehicleBound.l2(new int[] {6, 6, 6, 4, 4, 4, 3}, 10)).isEqualTo(4);
    }

    @Test
    void aMixedFleetCountsTheLargestUsableVehiclesFirst() {
        var units = List.of(unit("H-1", 10, "Homs"), unit("H-2", 10, "Homs"), unit("H-3", 10, "Homs"));
        var instance = new PlanningInstance(units, List.of(VehicleCapacity.free("COACH", 20, 0, 0),
                new VehicleCapacity("BUS-D", 30, 0, 0, "Daraa"), VehicleCapacity.free("MINI-1", 10, 0, 0),
                VehicleCapacity.free("MINI-2", 10, 0, 0)));

        var bound = VehicleBound.of(instance, units);

        assertThat(bound.uniformFleet()).isFalse();
        assertThat(bound.ceiling()).isEqualTo(2); // the coach and a minibus; the bus is committed to Daraa
        assertThat(bound.value()).isEqualTo(2);
    }

    private static List<VehicleCapacity> buses(int count, int seats) {
        var buses = new ArrayList<VehicleCapacity>();
        for (int i = 0; i < count; i++) {
            buses.add(VehicleCapacity.free("BUS-" + i, seats, 0, 0));
        }
        return buses;
    }

    private static TravellingUnit unit(String ref, int size, String destination) {
        return TravellingUnit.wholeHousehold(ref, size, destination, 0, 0, 0, LocalDate.of(2019, 1, 1), null);
    }
}
