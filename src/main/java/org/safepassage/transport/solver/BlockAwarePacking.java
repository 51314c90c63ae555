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

    /**
     * Large vehicles first (fewer vehicles); of the same size, those without medical seats or wheelchair spaces (kept
     * for those who need them) and those committed to a destination (no use elsewhere) first.
     */
    private static final Comparator<Vehicle> OPENING_ORDER = Comparator
            .comparingInt(Vehicle::getSeats).reversed()
            .thenComparingInt(Vehicle::specialPlaces)
            .thenComparing(vehicle -> vehicle.getFixedDestination() == null);

    private final Seating seating;
    private final List<Vehicle> closed;
    private final boolean seatsScarce;
    private final Map<String, List<Vehicle>> openByDestination = new HashMap<>();
    private final Map<String, List<Vehicle>> openByBlock = new HashMap<>();
    private final Map<HouseholdUnit, Vehicle> placement = new HashMap<>();

    /**
     * @param seatsScarce how to choose a vehicle to open: when seats are scarce, one the destination's share of the
     *                    seats left will fill, so no seat travels empty to one destination while people for another
     *                    wait; otherwise the one needing fewest vehicles
     */
    BlockAwarePacking(List<Vehicle> fleet, boolean seatsScarce) {
        this.seating = new Seating(fleet);
        this.closed = new ArrayList<>(fleet.stream().sorted(OPENING_ORDER).toList());
        this.seatsScarce = seatsScarce;
    }

    static Map<HouseholdUnit, Vehicle> pack(List<HouseholdUnit> order, List<Vehicle> fleet, boolean seatsScarce) {
        var packing = new BlockAwarePacking(fleet, seatsScarce);
        packing.place(order);
        return packing.placement();
    }

    /** Places the units, in this order, where they fit; those that fit nowhere stay out of the placement. */
    void place(List<HouseholdUnit> order) {
        Map<String, Integer> demand = new HashMap<>();
        order.forEach(unit -> demand.merge(unit.getDestination(), unit.getSize(), Integer::sum));
        int totalDemand = order.stream().mapToInt(HouseholdUnit::getSize).sum();
        for (HouseholdUnit unit : order) {
            String blockKey = unit.getBlock() == null ? null : unit.getBlock() + '\u0000' + unit.getDestination();
            Vehicle vehicle = firstFitting(blockKey == null ? null : openByBlock.get(blockKey), unit);
            if (vehicle == null) {
                vehicle = firstFitting(openByDestination.get(unit.getDestination()), unit);
            }
            if (vehicle == null) {
                vehicle = vehicleToOpen(unit, demand.get(unit.getDestination()), totalDemand);
                if (vehicle != null) {
                    closed.remove(vehicle);
                    openByDestination.computeIfAbsent(unit.getDestination(), d -> new ArrayList<>()).add(vehicle);
                }
            }
            demand.merge(unit.getDestination(), -unit.getSize(), Integer::sum);
            totalDemand -= unit.getSize();
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
     * When seats are scarce, the largest vehicle the destination's share of the seats left fills (its people left,
     * scaled by seats left over people left), or else the smallest if that share fills at least half of it; none
     * otherwise, the unit then waits rather than take a vehicle others need more. When seats are not scarce, the
     * smallest vehicle taking everyone left for the destination, or the largest when none does, so the last vehicle
     * to a destination is not a half-empty coach.
     */
    private Vehicle vehicleToOpen(HouseholdUnit unit, int demand, int totalDemand) {
        double share = demand;
        if (seatsScarce) {
            long seatsLeft = closed.stream().mapToLong(Vehicle::getSeats).sum();
            share = demand * Math.min(1.0, (double) seatsLeft / Math.max(1, totalDemand));
        }
        Vehicle largest = null;
        Vehicle largestFilled = null;
        Vehicle smallest = null;
        Vehicle smallestTakingAll = null;
        for (Vehicle vehicle : closed) { // in opening order, largest first
            if (seating.fits(unit, vehicle)) {
                if (largest == null) {
                    largest = vehicle;
                }
                if (largestFilled == null && vehicle.getSeats() <= Math.max(share, unit.getSize())) {
                    largestFilled = vehicle;
                }
                if (smallest == null || vehicle.getSeats() < smallest.getSeats()) {
                    smallest = vehicle;
                }
                if (vehicle.getSeats() >= demand
                        && (smallestTakingAll == null || vehicle.getSeats() < smallestTakingAll.getSeats())) {
                    smallestTakingAll = vehicle;
                }
            }
        }
        if (seatsScarce) {
            return largestFilled != null ? largestFilled
                    : smallest != null && share * 2 >= smallest.getSeats() ? smallest : null;
        }
        return smallestTakingAll != null ? smallestTakingAll : largest;
    }
}
