package org.safepassage.transport.solver;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

/**
 * The plan the local search starts from. Local search on thousands of households rarely rediscovers a tight
 * packing, so it starts from one: when the fleet can carry everyone, a packing by decreasing size (units with
 * special needs first, so medical seats and wheelchair spaces go to those who need them), or plain first fit
 * decreasing when that uses fewer vehicles; when it cannot, a packing in the order of who goes first.
 */
public final class InitialPlacement implements PhaseCommand<FleetAllocation> {

    static final Comparator<HouseholdUnit> LARGEST_FIRST = Comparator
            .comparing(HouseholdUnit::needsSpecialPlace).reversed()
            .thenComparing(Comparator.comparingInt(HouseholdUnit::getSize).reversed())
            .thenComparing(HouseholdUnit::getBlock, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(HouseholdUnit::getRef);

    static final Comparator<HouseholdUnit> WHO_GOES_FIRST = Comparator
            .comparingInt(HouseholdUnit::getPriority).reversed()
            .thenComparing(HouseholdUnit::getRegisteredOn)
            .thenComparing(Comparator.comparingInt(HouseholdUnit::getSize).reversed())
            .thenComparing(HouseholdUnit::getBlock, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(HouseholdUnit::getRef);

    @Override
    public void changeWorkingSolution(ScoreDirector<FleetAllocation> scoreDirector, BooleanSupplier isPhaseTerminated) {
        FleetAllocation allocation = scoreDirector.getWorkingSolution();
        Map<HouseholdUnit, Vehicle> placement = choose(allocation.getUnits(), allocation.getVehicles());
        for (HouseholdUnit unit : allocation.getUnits()) {
            Vehicle vehicle = placement.get(unit);
            if (unit.getVehicle() != vehicle) {
                scoreDirector.beforeVariableChanged(unit, "vehicle");
                unit.setVehicle(vehicle);
                scoreDirector.afterVariableChanged(unit, "vehicle");
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    static Map<HouseholdUnit, Vehicle> choose(List<HouseholdUnit> units, List<Vehicle> vehicles) {
        Map<HouseholdUnit, Vehicle> largestFirst = BlockAwarePacking.pack(sorted(units, LARGEST_FIRST), vehicles);
        if (!carriesAllThatFit(largestFirst, units, vehicles)) {
            return BlockAwarePacking.pack(sorted(units, WHO_GOES_FIRST), vehicles);
        }
        Map<HouseholdUnit, Vehicle> plain = FirstFitDecreasing.place(units, vehicles);
        return plain.size() >= largestFirst.size() && vehiclesUsed(plain) < vehiclesUsed(largestFirst)
                ? plain : largestFirst;
    }

    /** Everyone is carried but those no vehicle of the fleet could take even alone: the fleet was enough. */
    private static boolean carriesAllThatFit(Map<HouseholdUnit, Vehicle> placement, List<HouseholdUnit> units,
            List<Vehicle> vehicles) {
        var empty = new Seating(vehicles);
        return units.stream()
                .filter(unit -> !placement.containsKey(unit))
                .noneMatch(unit -> vehicles.stream().anyMatch(vehicle -> empty.fits(unit, vehicle)));
    }

    private static List<HouseholdUnit> sorted(List<HouseholdUnit> units, Comparator<HouseholdUnit> order) {
        return units.stream().sorted(order).toList();
    }

    private static int vehiclesUsed(Map<HouseholdUnit, Vehicle> placement) {
        return new HashSet<>(placement.values()).size();
    }
}
