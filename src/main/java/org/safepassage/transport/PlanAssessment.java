package org.safepassage.transport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plan checked against its instance without the solver: the hard rules counted again from scratch, and the
 * figures that say whether the vulnerable went first and neighbours rode together. Used by the benchmark to compare
 * the solver with the baseline, and by anyone who wants to verify a plan from elsewhere.
 *
 * @param violations          each broken hard rule, in words; empty for a plan that may be used
 * @param priorityInversions  pairs of a unit left behind and a less vulnerable unit travelling to the same
 *                            destination in a place it could take: as many seats or more, and as many medical seats
 *                            and wheelchair spaces as it needs (what the solver's "most vulnerable first" counts)
 * @param priorityInversionsIgnoringNeeds the same pairs counted on size alone: also a household needing a medical
 *                            seat left behind while a less vulnerable household without one rides a bus without any
 * @param needsLeftBehindPlaceable units needing a medical seat or wheelchair space left behind although some vehicle
 *                            of the fleet could carry them
 * @param vehiclesPerBlock    distinct vehicles a shelter block's travelling households ride, on average
 * @param blockPairsTogether  of the pairs of households of one block going to one destination, the share riding the
 *                            same vehicle
 */
public record PlanAssessment(List<String> violations, int vehiclesUsed, int unitsCarried, int peopleCarried,
        int unitsLeftBehind, int peopleLeftBehind, int priorityInversions, int priorityInversionsIgnoringNeeds,
        int needsUnits,
        int needsLeftBehindPlaceable, double vehiclesPerBlock, double blockPairsTogether) {

    public PlanAssessment {
        violations = List.copyOf(violations);
    }

    public static PlanAssessment of(PlanningInstance instance, ConvoyPlan plan) {
        Map<String, TravellingUnit> units = instance.units().stream()
                .collect(Collectors.toMap(TravellingUnit::ref, Function.identity()));
        Map<String, VehicleCapacity> vehicles = instance.vehicles().stream()
                .collect(Collectors.toMap(VehicleCapacity::ref, Function.identity()));
        var violations = new ArrayList<String>();
        Map<TravellingUnit, VehicleCapacity> riding = riding(plan, units, vehicles, violations);
        Set<TravellingUnit> leftBehind = new HashSet<>(instance.units());
        leftBehind.removeAll(riding.keySet());
        checkVehicles(riding, violations);
        return new PlanAssessment(violations,
                new HashSet<>(riding.values()).size(),
                riding.size(),
                riding.keySet().stream().mapToInt(TravellingUnit::size).sum(),
                leftBehind.size(),
                leftBehind.stream().mapToInt(TravellingUnit::size).sum(),
                priorityInversions(riding.keySet(), leftBehind, true),
                priorityInversions(riding.keySet(), leftBehind, false),
                (int) instance.units().stream().filter(TravellingUnit::needsSpecialPlace).count(),
                (int) leftBehind.stream()
                        .filter(TravellingUnit::needsSpecialPlace)
                        .filter(unit -> instance.vehicles().stream().anyMatch(v -> v.couldCarry(unit)))
                        .count(),
                vehiclesPerBlock(riding),
                blockPairsTogether(riding));
    }

    public int hardViolations() {
        return violations.size();
    }

    /** Every unit exactly once, on a vehicle that exists. */
    private static Map<TravellingUnit, VehicleCapacity> riding(ConvoyPlan plan, Map<String, TravellingUnit> units,
            Map<String, VehicleCapacity> vehicles, List<String> violations) {
        var seen = new HashSet<String>();
        var riding = new HashMap<TravellingUnit, VehicleCapacity>();
        for (var assignment : plan.assignments()) {
            TravellingUnit unit = units.get(assignment.unit());
            VehicleCapacity vehicle = vehicles.get(assignment.vehicle());
            if (unit == null || vehicle == null) {
                violations.add("unknown unit or vehicle: " + assignment);
            } else if (!seen.add(unit.ref())) {
                violations.add(unit.ref() + " appears more than once");
            } else {
                riding.put(unit, vehicle);
            }
        }
        for (String ref : plan.unassigned()) {
            if (!units.containsKey(ref)) {
                violations.add("unknown unit left behind: " + ref);
            } else if (!seen.add(ref)) {
                violations.add(ref + " appears more than once");
            }
        }
        units.keySet().stream().filter(ref -> !seen.contains(ref))
                .forEach(ref -> violations.add(ref + " is missing from the plan"));
        return riding;
    }

    private static void checkVehicles(Map<TravellingUnit, VehicleCapacity> riding, List<String> violations) {
        Map<VehicleCapacity, List<TravellingUnit>> byVehicle = riding.entrySet().stream()
                .collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        byVehicle.forEach((vehicle, riders) -> {
            int people = riders.stream().mapToInt(TravellingUnit::size).sum();
            int medical = riders.stream().mapToInt(TravellingUnit::medicalSeats).sum();
            int wheelchair = riders.stream().mapToInt(TravellingUnit::wheelchairSpaces).sum();
            Set<String> destinations = riders.stream().map(TravellingUnit::destination).collect(Collectors.toSet());
            if (people > vehicle.seats()) {
                violations.add(vehicle.ref() + ": " + people + " people on " + vehicle.seats() + " seats");
            }
            if (medical > vehicle.medicalSeats()) {
                violations.add(vehicle.ref() + ": " + medical + " need a medical seat, it has " + vehicle.medicalSeats());
            }
            if (wheelchair > vehicle.wheelchairSpaces()) {
                violations.add(vehicle.ref() + ": " + wheelchair + " wheelchairs, it has " + vehicle.wheelchairSpaces());
            }
            if (destinations.size() > 1) {
                violations.add(vehicle.ref() + ": going to " + destinations.size() + " destinations");
            }
            riders.stream()
                    .filter(unit -> vehicle.hasFixedDestination() && !vehicle.destination().equals(unit.destination()))
                    .forEach(unit -> violations.add(unit.ref() + " consented to " + unit.destination() + ", "
                            + vehicle.ref() + " goes to " + vehicle.destination()));
        });
    }

    private static int priorityInversions(Set<TravellingUnit> riding, Set<TravellingUnit> leftBehind,
            boolean needsCount) {
        Map<String, List<TravellingUnit>> ridingByDestination = riding.stream()
                .collect(Collectors.groupingBy(TravellingUnit::destination));
        int inversions = 0;
        for (TravellingUnit waiting : leftBehind) {
            for (TravellingUnit rider : ridingByDestination.getOrDefault(waiting.destination(), List.of())) {
                if (waiting.priority() > rider.priority() && rider.size() >= waiting.size()
                        && (!needsCount || (rider.medicalSeats() >= waiting.medicalSeats()
                                && rider.wheelchairSpaces() >= waiting.wheelchairSpaces()))) {
                    inversions++;
                }
            }
        }
        return inversions;
    }

    private static double vehiclesPerBlock(Map<TravellingUnit, VehicleCapacity> riding) {
        Map<String, Set<VehicleCapacity>> vehiclesByBlock = new HashMap<>();
        riding.forEach((unit, vehicle) -> {
            if (unit.block() != null) {
                vehiclesByBlock.computeIfAbsent(unit.block(), b -> new HashSet<>()).add(vehicle);
            }
        });
        return vehiclesByBlock.values().stream().mapToInt(Set::size).average().orElse(0);
    }

    private static double blockPairsTogether(Map<TravellingUnit, VehicleCapacity> riding) {
        Map<String, Integer> byBlockAndDestination = new HashMap<>();
        Map<String, Integer> byBlockAndVehicle = new HashMap<>();
        riding.forEach((unit, vehicle) -> {
            if (unit.block() != null) {
                byBlockAndDestination.merge(unit.block() + '\u0000' + unit.destination(), 1, Integer::sum);
                byBlockAndVehicle.merge(unit.block() + '\u0000' + vehicle.ref(), 1, Integer::sum);
            }
        });
        long possible = byBlockAndDestination.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        long together = byBlockAndVehicle.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        return possible == 0 ? 1.0 : (double) together / possible;
    }
}
