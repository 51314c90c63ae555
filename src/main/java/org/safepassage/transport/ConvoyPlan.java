package org.safepassage.transport;

import java.util.List;
import java.util.Optional;

/**
 * Who rides which vehicle. Every unit of the instance appears exactly once: in {@code assignments} or in
 * {@code unassigned} (left behind because the fleet is short or no vehicle can take it).
 *
 * @param score    the solver's score, hard level first, then the soft levels in priority order (see
 *                 {@code ConvoyConstraints}); a baseline plan is scored the same way so plans compare
 * @param feasible no hard rule is broken (no split household, no overfull vehicle, no wrong destination)
 */
public record ConvoyPlan(List<Assignment> assignments, List<String> unassigned, String score, boolean feasible) {

    public ConvoyPlan {
        assignments = List.copyOf(assignments);
        unassigned = List.copyOf(unassigned);
    }

    /** One unit on one vehicle; {@code household} groups the parts of a household that travel apart. */
    public record Assignment(String unit, String household, String vehicle) {
    }

    public long vehiclesUsed() {
        return assignments.stream().map(Assignment::vehicle).distinct().count();
    }

    public Optional<String> vehicleOf(String unit) {
        return assignments.stream().filter(a -> a.unit().equals(unit)).map(Assignment::vehicle).findFirst();
    }
}
