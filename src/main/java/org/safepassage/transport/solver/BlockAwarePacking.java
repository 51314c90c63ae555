package org.safepassage.transport.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A greedy placement in a given order of units: each goes to a vehicle already carrying its shelter block, else
 * to any vehicle already opened for its destination, and only when none fits is another vehicle opened. Never
 * opening a vehicle while an opened one fits is what keeps the count of vehicles near the bound when the order
 * is by decreasing size; placing in the order of who goes first is what keeps the vulnerable from being left
 * behind when the fleet is short. More units can be placed later into what is left.
 */
final class BlockAwarePacking {

    /** Large vehicles first (fewer vehicles), those committed to a destination before free ones of the same size. */
    private static final Comparator<Vehicle> OPENING_ORDER = Comparator
            .comparingInt(Vehicle::getSeats).reversed()
            .thenComparing(vehicle -> vehicle.getFixedDestination() == null);

    private final Seating seating;
    private final List<Vehicle> closed;
    private final Map<String, List<Vehicle>> openByDestination = new HashMap<>();
    private final Map<String, List<Vehicle>> openByBlock = new HashMap<>();
    private final Map<HouseholdUnit, Vehicle> placement = new HashMap<>();

    BlockAwarePacking(List<Vehicle> fleet) {
        seating = new Seating(fleet);
        closed = new ArrayList<>(fleet.stream().sorted(OPENING_ORDER).toList());
    }

    static Map<HouseholdUnit, Vehicle> pack(List<HouseholdUnit> order, List<Vehicle> fleet) {
        var packing = new BlockAwarePacking(fleet);
        packing.place(order);
        return packing.placement();
    }

    /** Places the units, in this order, where they fit; those that fit nowhere stay out of the placement. */
    void place(List<HouseholdUnit> order) {
        Map<String, Integer> demand = new HashMap<>();
        order.forEach(unit -> demand.merge(unit.getDestination(), unit.getSize(), Integer::sum));
        for (HouseholdUnit unit : order) {
            String blockKey = unit.getBlock() == null ? null : unit.getBlock() + '\u0000' + unit.getDestination();
            Vehicle vehicle = firstFitting(blockKey == null ? null : openByBlock.get(blockKey), unit);
            if (vehicle == null) {
                vehicle = firstFitting(openByDestination.get(unit.getDestination()), unit);
            }
            if (vehicle == null) {
                vehicle = vehicleToOpen(unit, demand.get(unit.getDestination()));
                if (vehicle != null) {
                    closed.remove(vehicle);
                    openByDestination.computeIfAbsent(unit.getDestination(), d -> new ArrayList<>()).add(vehicle);
                }
            }
            demand.merge(unit.getDestination(), -unit.getSize(), Integer::sum);
            if (vehicle != null) {
                seating.seat(unit, vehicle);
                placement.put(unit, vehicle);
                if (blockKey != null) {
                    List<Vehicle> blockVehicles = openByBlock.computeIfAbsent(blockKey, k -> new ArrayList<>());
                    if (!blockVehicles.contains(vehicle)) {
                        blockVehicles.add(vehicle);
                    }
                }
            }
        }
    }

    Map<HouseholdUnit, Vehicle> placement() {
        return placement;
    }

    /** How placements compare: more people carried, then fewer vehicles, then blocks spread over fewer. */
    static Comparator<Map<HouseholdUnit, Vehicle>> better() {
        return Comparator.<Map<HouseholdUnit, Vehicle>>comparingInt(
                        p -> -p.keySet().stream().mapToInt(HouseholdUnit::getSize).sum())
                .thenComparingInt(BlockAwarePacking::vehiclesUsed)
                .thenComparingInt(BlockAwarePacking::blockVehiclePairs);
    }

    static int vehiclesUsed(Map<HouseholdUnit, Vehicle> placement) {
        return new HashSet<>(placement.values()).size();
    }

    private static int blockVehiclePairs(Map<HouseholdUnit, Vehicle> placement) {
        Set<String> pairs = new HashSet<>();
        placement.forEach((unit, vehicle) -> pairs.add(unit.getBlock() + '\u0000' + vehicle.getRef()));
        return pairs.size();
    }

    private Vehicle firstFitting(List<Vehicle> vehicles, HouseholdUnit unit) {
        if (vehicles != null) {
            for (Vehicle vehicle : vehicles) {
                if (seating.fits(unit, vehicle)) {
                    return vehicle;
                }
            }
        }
        return null;
    }

    /**
     * The smallest vehicle that still takes everyone left for the destination, or the largest when none does: so
     * the last vehicle to a destination is not a half-empty coach. A unit without special needs opens a vehicle with
     * medical seats or wheelchair spaces only as a last resort.
     */
    private Vehicle vehicleToOpen(HouseholdUnit unit, int demand) {
        Vehicle vehicle = vehicleToOpen(unit, demand, !unit.needsSpecialPlace());
        return vehicle != null || unit.needsSpecialPlace() ? vehicle : vehicleToOpen(unit, demand, false);
    }

    private Vehicle vehicleToOpen(HouseholdUnit unit, int demand, boolean plainOnly) {
        Vehicle largest = null;
        Vehicle smallestTakingAll = null;
        for (Vehicle vehicle : closed) { // largest first
            if ((!plainOnly || vehicle.specialPlaces() == 0) && seating.fits(unit, vehicle)) {
                if (largest == null) {
                    largest = vehicle;
                }
                if (vehicle.getSeats() >= demand) {
                    smallestTakingAll = vehicle;
                }
            }
        }
        return smallestTakingAll != null ? smallestTakingAll : largest;
    }
}
