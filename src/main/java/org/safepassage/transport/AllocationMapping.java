package org.safepassage.transport;

import java.util.ArrayList;
import java.util.List;

import org.safepassage.transport.solver.FleetAllocation;
import org.safepassage.transport.solver.HouseholdUnit;
import org.safepassage.transport.solver.Vehicle;

/** Between the planning API's records and the solver's mutable model. */
final class AllocationMapping {

    private AllocationMapping() {
    }

    static FleetAllocation toAllocation(PlanningInstance instance) {
        List<Vehicle> vehicles = instance.vehicles().stream()
                .map(v -> new Vehicle(v.ref(), v.seats(), v.medicalSeats(), v.wheelchairSpaces(), v.destination()))
                .toList();
        List<HouseholdUnit> units = instance.units().stream()
                .map(u -> new HouseholdUnit(u.ref(), u.household(), u.size(), u.destination(), u.medicalSeats(),
                        u.wheelchairSpaces(), u.priority(), u.registeredOn(), u.block()))
                .toList();
        return new FleetAllocation(new ArrayList<>(vehicles), new ArrayList<>(units));
    }

    /** Units keep the order of the instance, so plans of one instance read alike. */
    static ConvoyPlan toPlan(FleetAllocation allocation) {
        var assignments = new ArrayList<ConvoyPlan.Assignment>();
        var unassigned = new ArrayList<String>();
        for (HouseholdUnit unit : allocation.getUnits()) {
            if (unit.isLeftBehind()) {
                unassigned.add(unit.getRef());
            } else {
                assignments.add(new ConvoyPlan.Assignment(unit.getRef(), unit.getHousehold(), unit.getVehicle().getRef()));
            }
        }
        var score = allocation.getScore();
        return new ConvoyPlan(assignments, unassigned, String.valueOf(score), score != null && score.isFeasible());
    }
}
