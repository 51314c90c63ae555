package org.safepassage.transport;

import java.util.HashSet;
import java.util.List;

/**
 * A convoy planning problem: who travels (units, each already bound to the destination it consented to) and
 * which vehicles are offered. Only people with current consent belong in an instance; the caller decides that.
 */
public record PlanningInstance(List<TravellingUnit> units, List<VehicleCapacity> vehicles) {

    public PlanningInstance {
        units = List.copyOf(units);
        vehicles = List.copyOf(vehicles);
        requireUniqueRefs(units.stream().map(TravellingUnit::ref).toList(), "unit");
        requireUniqueRefs(vehicles.stream().map(VehicleCapacity::ref).toList(), "vehicle");
    }

    public int people() {
        return units.stream().mapToInt(TravellingUnit::size).sum();
    }

    public int seats() {
        return vehicles.stream().mapToInt(VehicleCapacity::seats).sum();
    }

    private static void requireUniqueRefs(List<String> refs, String kind) {
        var seen = new HashSet<String>();
        for (String ref : refs) {
            if (!seen.add(ref)) {
                throw new IllegalArgumentException("duplicate " + kind + " ref: " + ref);
            }
        }
    }
}
