package org.safepassage.transport.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

/**
 * The plan the local search starts from. Local search on thousands of households rarely rediscovers a tight
 * packing, so it starts from one. When the fleet can carry everyone: the best of a few packings by decreasing size
 * (units with special needs first, so medical seats and wheelchair spaces go to those who need them), some keeping
 * a shelter block's households next to each other in the order, and plain first fit decreasing; best means fewest
 * vehicles, then blocks spread least. When it cannot: in the order of who goes first, either straight, or after
 * packing those surely going (most of the seats' worth) the same way as above, each opening vehicles either to
 * need the fewest or to leave no seat empty; whichever carries more people, then spreads blocks least.
 */
final class InitialPlacement implements PhaseCommand<FleetAllocation> {

    private static final Comparator<HouseholdUnit> NEEDS_FIRST =
            Comparator.comparing(HouseholdUnit::needsSpecialPlace).reversed();
    private static final Comparator<HouseholdUnit> LARGER_FIRST =
            Comparator.comparingInt(HouseholdUnit::getSize).reversed();
    private static final Comparator<HouseholdUnit> BY_BLOCK =
            Comparator.comparing(HouseholdUnit::getBlock, Comparator.nullsLast(Comparator.naturalOrder()));

    static final Comparator<HouseholdUnit> WHO_GOES_FIRST = Comparator
            .comparingInt(HouseholdUnit::getPriority).reversed()
            .thenComparing(HouseholdUnit::getRegisteredOn)
            .thenComparing(LARGER_FIRST)
            .thenComparing(BY_BLOCK)
            .thenComparing(HouseholdUnit::getRef);

    /** Orders tried when everyone may fit: decreasing size, or large households by size and the rest by block. */
    private static final List<Comparator<HouseholdUnit>> PACKING_ORDERS = Stream.of(0, 3, 4, 5, 13)
            .map(InitialPlacement::largeThenByBlock)
            .toList();
    /** Fewer orders when repacking those surely going: it is done for several shares and both ways of opening. */
    private static final List<Comparator<HouseholdUnit>> REPACKING_ORDERS = Stream.of(0, 4, 13)
            .map(InitialPlacement::largeThenByBlock)
            .toList();

    /**
     * Shares of the seats first filled with the households surely going, packed block by block; the rest of the
     * seats are then offered in the order of who goes first, which is what keeps that order where it matters.
     */
    private static final double[] SURELY_GOING = {0.85, 0.95};

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
        int seats = vehicles.stream().mapToInt(Vehicle::getSeats).sum();
        if (seats >= units.stream().mapToInt(HouseholdUnit::getSize).sum()) {
            Map<HouseholdUnit, Vehicle> packed = bestPacking(units, vehicles);
            if (carriesAllThatFit(packed, units, vehicles)) {
                Map<HouseholdUnit, Vehicle> plain = FirstFitDecreasing.place(units, vehicles);
                return BlockAwarePacking.better().compare(plain, packed) < 0 ? plain : packed;
            }
        }
        List<HouseholdUnit> whoGoesFirst = sorted(units, WHO_GOES_FIRST);
        Map<HouseholdUnit, Vehicle> best = null;
        for (boolean seatsScarce : new boolean[] {true, false}) {
            var straight = BlockAwarePacking.pack(whoGoesFirst, vehicles, seatsScarce);
            if (best == null || BlockAwarePacking.better().compare(straight, best) < 0) {
                best = straight;
            }
            for (double share : SURELY_GOING) {
                List<HouseholdUnit> first = firstPeople(whoGoesFirst, (int) (seats * share));
                var packing = bestRepacking(first, vehicles, seatsScarce);
                if (packing != null) {
                    packing.place(whoGoesFirst.subList(first.size(), whoGoesFirst.size()));
                    if (BlockAwarePacking.better().compare(packing.placement(), best) < 0) {
                        best = packing.placement();
                    }
                }
            }
        }
        return best;
    }

    /** The first units in order up to that many people. */
    private static List<HouseholdUnit> firstPeople(List<HouseholdUnit> order, int people) {
        int count = 0;
        int taken = 0;
        while (count < order.size() && taken + order.get(count).getSize() <= people) {
            taken += order.get(count).getSize();
            count++;
        }
        return order.subList(0, count);
    }

    private static Map<HouseholdUnit, Vehicle> bestPacking(List<HouseholdUnit> units, List<Vehicle> vehicles) {
        return PACKING_ORDERS.stream()
                .map(order -> BlockAwarePacking.pack(sorted(units, order), vehicles, false))
                .min(BlockAwarePacking.better())
                .orElseThrow();
    }

    /** The best packing of exactly these units, to be topped up; none if no order fits them all again. */
    private static BlockAwarePacking bestRepacking(List<HouseholdUnit> going, List<Vehicle> vehicles,
            boolean seatsScarce) {
        BlockAwarePacking best = null;
        for (Comparator<HouseholdUnit> order : REPACKING_ORDERS) {
            var packing = new BlockAwarePacking(vehicles, seatsScarce);
            packing.place(sorted(going, order));
            if (packing.placement().size() == going.size()
                    && (best == null || BlockAwarePacking.better().compare(packing.placement(), best.placement()) < 0)) {
                best = packing;
            }
        }
        return best;
    }

    /**
     * Needs first, then households of at least {@code threshold} people by decreasing size, then the others block by
     * block, largest first within a block: the small ones that fill the last seats come from the same block.
     */
    private static Comparator<HouseholdUnit> largeThenByBlock(int threshold) {
        return NEEDS_FIRST
                .thenComparing(unit -> unit.getSize() >= threshold ? -unit.getSize() : 0)
                .thenComparing(BY_BLOCK)
                .thenComparing(LARGER_FIRST)
                .thenComparing(HouseholdUnit::getRef);
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
        return new ArrayList<>(units.stream().sorted(order).toList());
    }
}
