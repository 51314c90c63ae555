package org.safepassage.transport.solver;

import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;

/**
 * Only tries moving a unit into a vehicle that can take it (or leaving it behind). With a fleet packed tight,
 * almost every random move would overfill a vehicle or mix destinations; scoring those wastes the solver's time.
 */
public class FeasibleChange implements SelectionFilter<FleetAllocation, ChangeMove<FleetAllocation>> {

    @Override
    public boolean accept(ScoreDirector<FleetAllocation> scoreDirector, ChangeMove<FleetAllocation> move) {
        var unit = (HouseholdUnit) move.getEntity();
        var to = (Vehicle) move.getToPlanningValue();
        if (to == unit.getVehicle()) {
            return false;
        }
        return to == null || to.couldCarryInstead(List.of(unit), List.of());
    }
}
