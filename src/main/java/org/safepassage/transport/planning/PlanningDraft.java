package org.safepassage.transport.planning;

import java.util.List;

import org.safepassage.transport.PlanningInstance;

/** What a planning run will solve: the units that may travel and the vehicles offered, for one destination. */
public record PlanningDraft(String destinationCode, List<UnitDraft> units, List<VehicleDraft> vehicles) {

    public PlanningDraft {
        units = List.copyOf(units);
        vehicles = List.copyOf(vehicles);
    }

    public PlanningInstance toInstance() {
        return new PlanningInstance(units.stream().map(u -> u.toUnit(destinationCode)).toList(),
                vehicles.stream().map(v -> v.toCapacity(destinationCode)).toList());
    }

    public int people() {
        return units.stream().mapToInt(UnitDraft::size).sum();
    }
}
