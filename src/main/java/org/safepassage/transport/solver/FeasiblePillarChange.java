package org.safepassage.transport.solver;

import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.PillarChangeMove;

/**
 * Only tries moving riders of one vehicle together into another vehicle that can take them all: how a vehicle
 * is emptied, so the plan needs one fewer, or a larger one is freed for a destination short of seats.
 */
public class FeasiblePillarChange implements SelectionFilter<FleetAllocation, PillarChangeMove<FleetAllocation>> {

    @Override
    public boolean accept(ScoreDirector<FleetAllocation> scoreDirector, PillarChangeMove<FleetAllocation> move) {
        var to = (Vehicle) move.getToPlanningValue();
        List<Object> pillar = move.getPillar();
        var from = ((HouseholdUnit) pillar.get(0)).getVehicle();
        return to != null && from != null && to != from && to.couldCarryInstead(pillar, List.of());
    }
}
