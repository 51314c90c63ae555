package org.safepassage.transport.solver;

import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.PillarSwapMove;

/**
 * Only tries exchanging the riders of two vehicles when each vehicle can take the other's: how a large vehicle
 * goes to the destination that needs it and a small one to the destination that has few people left.
 */
public class FeasiblePillarSwap implements SelectionFilter<FleetAllocation, PillarSwapMove<FleetAllocation>> {

    @Override
    public boolean accept(ScoreDirector<FleetAllocation> scoreDirector, PillarSwapMove<FleetAllocation> move) {
        List<Object> left = move.getLeftPillar();
        List<Object> right = move.getRightPillar();
        var leftVehicle = ((HouseholdUnit) left.get(0)).getVehicle();
        var rightVehicle = ((HouseholdUnit) right.get(0)).getVehicle();
        return leftVehicle != null && rightVehicle != null && leftVehicle != rightVehicle
                && leftVehicle.couldCarryInstead(right, left) && rightVehicle.couldCarryInstead(left, right);
    }
}
