package org.safepassage.transport.solver;

import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;

/**
 * Only tries swapping two units going to the same destination whose vehicles can take each other's unit, or a
 * unit left behind with one that rides. Such swaps are how neighbours of a block come to ride together, and how a
 * more vulnerable household takes the place of a less vulnerable one.
 */
public class FeasibleSwap implements SelectionFilter<FleetAllocation, SwapMove<FleetAllocation>> {

    @Override
    public boolean accept(ScoreDirector<FleetAllocation> scoreDirector, SwapMove<FleetAllocation> move) {
        var left = (HouseholdUnit) move.getLeftEntity();
        var right = (HouseholdUnit) move.getRightEntity();
        Vehicle leftVehicle = left.getVehicle();
        Vehicle rightVehicle = right.getVehicle();
        if (leftVehicle == rightVehicle || !left.getDestination().equals(right.getDestination())) {
            return false;
        }
        return (leftVehicle == null || leftVehicle.couldCarryInstead(List.of(right), List.of(left)))
                && (rightVehicle == null || rightVehicle.couldCarryInstead(List.of(left), List.of(right)));
    }
}
