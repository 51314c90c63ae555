package org.safepassage.transport.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Swaps aimed at bringing shelter blocks together. Random swaps among thousands of households almost never put a
 * household next to its neighbours; these take a household that rides without any neighbour, a vehicle where some
 * of its neighbours ride, and there the rider from another block whose move costs its own block least (best: one
 * whose neighbours ride the household's vehicle).
 */
public class NeighbourSwaps implements MoveIteratorFactory<FleetAllocation, NeighbourSwap> {

    /** Households looked at before returning a move that will not be done. */
    private static final int TRIES = 16;

    private List<HouseholdUnit> withBlock = List.of();
    private Map<String, List<HouseholdUnit>> neighbours = Map.of();

    @Override
    public void phaseStarted(ScoreDirector<FleetAllocation> scoreDirector) {
        withBlock = new ArrayList<>();
        neighbours = new HashMap<>();
        for (HouseholdUnit unit : scoreDirector.getWorkingSolution().getUnits()) {
            if (unit.getBlock() != null) {
                withBlock.add(unit);
                neighbours.computeIfAbsent(key(unit), k -> new ArrayList<>()).add(unit);
            }
        }
    }

    @Override
    public long getSize(ScoreDirector<FleetAllocation> scoreDirector) {
        return withBlock.size();
    }

    @Override
    public Iterator<NeighbourSwap> createOriginalMoveIterator(ScoreDirector<FleetAllocation> scoreDirector) {
        throw new UnsupportedOperationException("Neighbour swaps are only chosen at random.");
    }

    @Override
    public Iterator<NeighbourSwap> createRandomMoveIterator(ScoreDirector<FleetAllocation> scoreDirector,
            Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !withBlock.isEmpty();
            }

            @Override
            public NeighbourSwap next() {
                for (int i = 0; i < TRIES; i++) {
                    HouseholdUnit household = withBlock.get(random.nextInt(withBlock.size()));
                    if (household.getVehicle() == null || ridesWithNeighbour(household)) {
                        continue;
                    }
                    List<HouseholdUnit> sameBlock = neighbours.get(key(household));
                    Vehicle target = sameBlock.get(random.nextInt(sameBlock.size())).getVehicle();
                    HouseholdUnit rider = riderToSwap(household, target);
                    if (rider != null) {
                        return new NeighbourSwap(household, rider);
                    }
                }
                HouseholdUnit any = withBlock.get(random.nextInt(withBlock.size()));
                return new NeighbourSwap(any, any);
            }
        };
    }

    private static boolean ridesWithNeighbour(HouseholdUnit household) {
        return neighboursOn(household.getVehicle(), household, household) > 0;
    }

    /** The rider whose move to the household's vehicle spreads its own block least; none if every swap would. */
    private static HouseholdUnit riderToSwap(HouseholdUnit household, Vehicle target) {
        Vehicle current = household.getVehicle();
        if (target == null || target == current) {
            return null;
        }
        HouseholdUnit best = null;
        int bestCost = 1;
        for (HouseholdUnit rider : target.getRiders()) {
            if (household.getBlock().equals(rider.getBlock()) || rider.getBlock() == null) {
                continue;
            }
            int cost = (neighboursOn(current, rider, household) > 0 ? -1 : 0)
                    + (neighboursOn(target, rider, rider) > 0 ? 1 : 0);
            if (cost < bestCost && target.couldCarryInstead(List.of(household), List.of(rider))
                    && current.couldCarryInstead(List.of(rider), List.of(household))) {
                best = rider;
                bestCost = cost;
            }
        }
        return best;
    }

    /** Riders of the vehicle from the unit's block and destination, not counting {@code except}. */
    private static int neighboursOn(Vehicle vehicle, HouseholdUnit unit, HouseholdUnit except) {
        int count = 0;
        for (HouseholdUnit rider : vehicle.getRiders()) {
            if (rider != except && rider != unit && unit.getBlock().equals(rider.getBlock())
                    && unit.getDestination().equals(rider.getDestination())) {
                count++;
            }
        }
        return count;
    }

    private static String key(HouseholdUnit unit) {
        return unit.getBlock() + '\u0000' + unit.getDestination();
    }
}
