package org.safepassage.transport;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A lower bound on the vehicles any plan needs to carry a given set of units, to judge a plan against.
 * Each vehicle serves one destination, so a bound per destination can be summed.
 * <ul>
 * <li>{@code ceiling}: with identical vehicles, people / seats rounded up. With a mixed fleet: the fewest vehicles
 * usable for the destination (committed to it, or free) whose seats add up to its people, taking the largest
 * first. Valid because any plan's vehicles for that destination are such a set, and the sets of different
 * destinations are disjoint. Free vehicles count for every destination there, so the fewest vehicles of the whole
 * fleet whose seats add up to all the people, largest first, is a bound too, and the ceiling is the larger.</li>
 * <li>{@code martelloToth}: the L2 bin-packing bound of Martello and Toth (1990), with the seats of the largest
 * usable vehicle as the bin size when the fleet is mixed (a plan into smaller vehicles is also a plan into bins of
 * that size). It beats the ceiling when many units are larger than half a vehicle.</li>
 * </ul>
 *
 * @param value the larger of the two, per destination
 */
public record VehicleBound(int ceiling, int martelloToth, int value, boolean uniformFleet) {

    public static VehicleBound of(PlanningInstance instance, Collection<TravellingUnit> carried) {
        List<VehicleCapacity> fleet = instance.vehicles();
        boolean uniform = fleet.stream().map(VehicleCapacity::seats).distinct().count() <= 1;
        Map<String, List<TravellingUnit>> byDestination = carried.stream()
                .collect(Collectors.groupingBy(TravellingUnit::destination, TreeMap::new, Collectors.toList()));
        int ceiling = 0;
        int martelloToth = 0;
        int value = 0;
        for (var entry : byDestination.entrySet()) {
            List<Integer> usableSeats = fleet.stream()
                    .filter(v -> !v.hasFixedDestination() || v.destination().equals(entry.getKey()))
                    .map(VehicleCapacity::seats)
                    .sorted((a, b) -> b - a)
                    .toList();
            int[] sizes = entry.getValue().stream().mapToInt(TravellingUnit::size).toArray();
            int people = entry.getValue().stream().mapToInt(TravellingUnit::size).sum();
            int byCeiling = fewestCovering(usableSeats, people);
            int byL2 = usableSeats.isEmpty() ? 0 : l2(sizes, usableSeats.get(0));
            ceiling += byCeiling;
            martelloToth += byL2;
            value += Math.max(byCeiling, byL2);
        }
        int people = carried.stream().mapToInt(TravellingUnit::size).sum();
        int wholeFleet = fewestCovering(fleet.stream().map(VehicleCapacity::seats).sorted((a, b) -> b - a).toList(),
                people);
        return new VehicleBound(Math.max(ceiling, wholeFleet), martelloToth, Math.max(value, wholeFleet), uniform);
    }

    /** The fewest of the seats (largest first) adding up to the people; for identical vehicles, the ceiling. */
    static int fewestCovering(List<Integer> seatsLargestFirst, int people) {
        int count = 0;
        int covered = 0;
        for (int seats : seatsLargestFirst) {
            if (covered >= people) {
                break;
            }
            covered += seats;
            count++;
        }
        return count;
    }

    /**
     * Martello-Toth L2 for items of the given sizes in bins of the given capacity: for each threshold a, items
     * larger than capacity - a need a bin each, items larger than half a bin need a bin each, and the items of size
     * between a and half a bin fill what the latter leave, the rest in new bins.
     */
    static int l2(int[] sizes, int capacity) {
        int best = 0;
        for (int a = 0; a <= capacity / 2; a++) {
            int alone = 0;
            int large = 0;
            long largeFill = 0;
            long small = 0;
            for (int size : sizes) {
                if (size > capacity - a) {
                    alone++;
                } else if (size * 2 > capacity) {
                    large++;
                    largeFill += size;
                } else if (size >= a) {
                    small += size;
                }
            }
            long spare = (long) large * capacity - largeFill;
            long extra = Math.max(0, (small - spare + capacity - 1) / capacity);
            best = (int) Math.max(best, alone + large + extra);
        }
        return best;
    }
}
