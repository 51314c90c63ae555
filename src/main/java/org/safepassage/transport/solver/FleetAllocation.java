package org.safepassage.transport.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;

/** The units waiting to travel and the fleet offered, with the vehicle each unit currently rides. */
@PlanningSolution
public class FleetAllocation {

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Vehicle> vehicles;

    @PlanningEntityCollectionProperty
    private List<HouseholdUnit> units;

    @PlanningScore(bendableHardLevelsSize = ScoreLevels.HARD_LEVELS, bendableSoftLevelsSize = ScoreLevels.SOFT_LEVELS)
    private BendableLongScore score;

    FleetAllocation() {
        // for Timefold
    }

    public FleetAllocation(List<Vehicle> vehicles, List<HouseholdUnit> units) {
        this.vehicles = vehicles;
        this.units = units;
    }

    public List<Vehicle> getVehicles() {
        return vehicles;
    }

    public List<HouseholdUnit> getUnits() {
        return units;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }
}
