package org.safepassage.transport.solver;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/**
 * All riders of one vehicle change to another and the other's riders (if any) to the first: how a large vehicle
 * goes to the destination that needs seats, a small one to the destination with few people left, and an
 * ambulance is freed for a patient.
 */
final class VehicleExchange extends AbstractMove<FleetAllocation> {

    private final Vehicle first;
    private final Vehicle second;

    VehicleExchange(Vehicle first, Vehicle second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<FleetAllocation> scoreDirector) {
        return first != second && !(first.getRiders().isEmpty() && second.getRiders().isEmpty())
                && (second.getRiders().isEmpty() || first.couldCarryInstead(second.getRiders(), first.getRiders()))
                && (first.getRiders().isEmpty() || second.couldCarryInstead(first.getRiders(), second.getRiders()));
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<FleetAllocation> scoreDirector) {
        List<HouseholdUnit> firstRiders = new ArrayList<>(first.getRiders());
        List<HouseholdUnit> secondRiders = new ArrayList<>(second.getRiders());
        firstRiders.forEach(unit -> set(scoreDirector, unit, second));
        secondRiders.forEach(unit -> set(scoreDirector, unit, first));
    }

    private static void set(ScoreDirector<FleetAllocation> scoreDirector, HouseholdUnit unit, Vehicle vehicle) {
        scoreDirector.beforeVariableChanged(unit, "vehicle");
        unit.setVehicle(vehicle);
        scoreDirector.afterVariableChanged(unit, "vehicle");
    }

    @Override
    public VehicleExchange rebase(ScoreDirector<FleetAllocation> destination) {
        return new VehicleExchange(destination.lookUpWorkingObject(first), destination.lookUpWorkingObject(second));
    }

    @Override
    public List<Object> getPlanningEntities() {
        var entities = new ArrayList<Object>(first.getRiders());
        entities.addAll(second.getRiders());
        return entities;
    }

    @Override
    public List<Vehicle> getPlanningValues() {
        return List.of(first, second);
    }

    @Override
    public String toString() {
        return first + " <-> " + second;
    }
}
