package org.safepassage.transport.solver;

import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/** A household changes places with a rider of the vehicle its neighbours ride, who takes its old place. */
final class NeighbourSwap extends AbstractMove<FleetAllocation> {

    private final HouseholdUnit household;
    private final HouseholdUnit rider;

    NeighbourSwap(HouseholdUnit household, HouseholdUnit rider) {
        this.household = household;
        this.rider = rider;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<FleetAllocation> scoreDirector) {
        Vehicle from = household.getVehicle();
        Vehicle to = rider.getVehicle();
        return from != null && to != null && from != to
                && household.getDestination().equals(rider.getDestination())
                && to.couldCarryInstead(List.of(household), List.of(rider))
                && from.couldCarryInstead(List.of(rider), List.of(household));
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<FleetAllocation> scoreDirector) {
        Vehicle from = household.getVehicle();
        Vehicle to = rider.getVehicle();
        set(scoreDirector, household, to);
        set(scoreDirector, rider, from);
    }

    private static void set(ScoreDirector<FleetAllocation> scoreDirector, HouseholdUnit unit, Vehicle vehicle) {
        scoreDirector.beforeVariableChanged(unit, "vehicle");
        unit.setVehicle(vehicle);
        scoreDirector.afterVariableChanged(unit, "vehicle");
    }

    @Override
    public NeighbourSwap rebase(ScoreDirector<FleetAllocation> destination) {
        return new NeighbourSwap(destination.lookUpWorkingObject(household), destination.lookUpWorkingObject(rider));
    }

    @Override
    public List<HouseholdUnit> getPlanningEntities() {
        return List.of(household, rider);
    }

    @Override
    public List<Vehicle> getPlanningValues() {
        return java.util.Arrays.asList(household.getVehicle(), rider.getVehicle());
    }

    @Override
    public String toString() {
        return household + " <-> " + rider;
    }
}
