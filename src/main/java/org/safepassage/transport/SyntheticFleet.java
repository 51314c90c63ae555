package org.safepassage.transport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Fleets for synthetic camps. An operation sizes its medical seats and wheelchair spaces from the registered needs,
 * so these fleets do too (half again as many as needed); seats are what makes a fleet enough or short.
 */
final class SyntheticFleet {

    static final int BUS_SEATS = 50;
    static final int COACH_SEATS = 60;
    /** Seats offered per person: enough (with spares) or short. */
    private static final double ENOUGH = 1.15;
    private static final double SHORT = 0.80;
    private static final double SPECIAL_MARGIN = 1.5;
    /** Vehicles sent by a destination's authorities: they only go back there. */
    private static final double COMMITTED = 0.15;

    private SyntheticFleet() {
    }

    static List<VehicleCapacity> of(List<TravellingUnit> units, SyntheticCamp.Fleet fleet, Random random) {
        return switch (fleet) {
            case UNIFORM -> uniform(units);
            case MIXED -> mixed(units, ENOUGH, random);
            case SHORT -> mixed(units, SHORT, random);
        };
    }

    /** Enough identical buses for every destination's people, and a few spares. */
    private static List<VehicleCapacity> uniform(List<TravellingUnit> units) {
        int needed = peopleByDestination(units).values().stream()
                .mapToInt(people -> (people + BUS_SEATS - 1) / BUS_SEATS)
                .sum();
        int count = needed + Math.max(2, needed / 20);
        var buses = new ArrayList<VehicleCapacity>();
        for (int i = 1; i <= count; i++) {
            buses.add(VehicleCapacity.free(ref("BUS", i), BUS_SEATS, 2, 2));
        }
        return buses;
    }

    private static List<VehicleCapacity> mixed(List<TravellingUnit> units, double seatsPerPerson, Random random) {
        int people = units.stream().mapToInt(TravellingUnit::size).sum();
        int medicalNeeded = units.stream().mapToInt(TravellingUnit::medicalSeats).sum();
        int wheelchairNeeded = units.stream().mapToInt(TravellingUnit::wheelchairSpaces).sum();
        // an ambulance seats two to four: larger households with a patient or a wheelchair need a bus equipped for it
        int medicalInLargeHouseholds = units.stream().filter(u -> u.size() > 2)
                .mapToInt(TravellingUnit::medicalSeats).sum();
        int wheelchairInLargeHouseholds = units.stream().filter(u -> u.size() > 2)
                .mapToInt(TravellingUnit::wheelchairSpaces).sum();
        double seats = people * seatsPerPerson;
        var vehicles = new ArrayList<Draft>();
        int ambulances = Math.max(2, (int) Math.ceil((medicalNeeded + wheelchairNeeded) * 0.15));
        for (int i = 1; i <= ambulances; i++) {
            int ambulanceSeats = 2 + random.nextInt(3);
            vehicles.add(new Draft(ref("AMB", i), ambulanceSeats, 1 + random.nextInt(2), 1));
            seats -= ambulanceSeats;
        }
        int coaches = (int) Math.round(seats * 0.30 / COACH_SEATS);
        int buses = (int) Math.round(seats * 0.50 / BUS_SEATS);
        for (int i = 1; i <= coaches; i++) {
            vehicles.add(new Draft(ref("COACH", i), COACH_SEATS, 0, 0));
        }
        var busDrafts = new ArrayList<Draft>();
        for (int i = 1; i <= buses; i++) {
            busDrafts.add(new Draft(ref("BUS", i), BUS_SEATS, 0, 0));
        }
        seats -= coaches * COACH_SEATS + buses * BUS_SEATS;
        var minibuses = new ArrayList<Draft>();
        for (int i = 1; seats > 0; i++) {
            int minibusSeats = 14 + random.nextInt(7);
            minibuses.add(new Draft(ref("MINI", i), minibusSeats, 0, 0));
            seats -= minibusSeats;
        }
        int ambulanceMedical = vehicles.stream().mapToInt(Draft::medicalSeats).sum();
        int ambulanceWheelchair = vehicles.stream().mapToInt(Draft::wheelchairSpaces).sum();
        equip(busDrafts, minibuses,
                Math.max(medicalNeeded * SPECIAL_MARGIN - ambulanceMedical, medicalInLargeHouseholds * SPECIAL_MARGIN),
                Math.max(wheelchairNeeded * SPECIAL_MARGIN - ambulanceWheelchair,
                        wheelchairInLargeHouseholds * SPECIAL_MARGIN));
        vehicles.addAll(busDrafts);
        vehicles.addAll(minibuses);
        // operators announce vehicles as they come, not sorted by size: the order a plain first fit meets them in
        Collections.shuffle(vehicles, random);
        return vehicles.stream().map(draft -> draft.commit(random)).toList();
    }

    /**
     * Escorted buses (two medical seats, two wheelchair spaces) and accessible minibuses, until they offer the
     * medical seats and wheelchair spaces wanted beyond the ambulances', and at least those of the households too
     * large for an ambulance.
     */
    private static void equip(List<Draft> buses, List<Draft> minibuses, double medicalWanted, double wheelchairWanted) {
        int medical = 0;
        int wheelchair = 0;
        for (int i = 0; i < buses.size() && medical < medicalWanted; i++) {
            buses.set(i, buses.get(i).withSpecialPlaces(2, 2));
            medical += 2;
            wheelchair += 2;
        }
        for (int i = 0; i < minibuses.size() && wheelchair < wheelchairWanted; i++) {
            minibuses.set(i, minibuses.get(i).withSpecialPlaces(0, 2));
            wheelchair += 2;
        }
    }

    private static Map<String, Integer> peopleByDestination(List<TravellingUnit> units) {
        return units.stream().collect(Collectors.groupingBy(TravellingUnit::destination, TreeMap::new,
                Collectors.summingInt(TravellingUnit::size)));
    }

    private static String ref(String kind, int number) {
        return kind + "-" + String.format(Locale.ROOT, "%04d", number);
    }

    private record Draft(String ref, int seats, int medicalSeats, int wheelchairSpaces) {

        Draft withSpecialPlaces(int medical, int wheelchair) {
            return new Draft(ref, seats, medical, wheelchair);
        }

        /** Ambulances stay free: the medical service sends them where the patients go. */
        VehicleCapacity commit(Random random) {
            String destination = !ref.startsWith("AMB") && random.nextDouble() < COMMITTED
                    ? SyntheticCamp.DESTINATIONS.get(SyntheticCamp.pick(SyntheticCamp.DESTINATION_SHARES, random))
                    : null;
            return new VehicleCapacity(ref, seats, medicalSeats, wheelchairSpaces, destination);
        }
    }
}
