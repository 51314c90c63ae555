package org.safepassage.transport.solver;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain baseline a plan is measured against: largest units first, each into the first vehicle, in the order
 * the fleet was offered, where every hard rule still holds. It knows nothing of vulnerability, waiting time or
 * shelter blocks.
 */
public final class FirstFitDecreasing {

    private FirstFitDecreasing() {
    }

    /** The vehicle of each unit that found one; units missing from the map are left behind. */
    public static Map<HouseholdUnit, Vehicle> place(List<HouseholdUnit> units, List<Vehicle> vehicles) {
        var seating = new Seating(vehicles);
        Map<HouseholdUnit, Vehicle> placement = new HashMap<>();
        List<HouseholdUnit> largestFirst = units.stream()
                .sorted(Comparator.comparingInt(HouseholdUnit::getSize).reversed())
                .toList();
        for (HouseholdUnit unit : largestFirst) {
            for (Vehicle vehicle : vehicles) {
                if (seating.fits(unit, vehicle)) {
                    seating.seat(unit, vehicle);
                    placement.put(unit, vehicle);
                    break;
                }
            }
        }
        return placement;
    }
}
