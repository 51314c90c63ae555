package org.safepassage.transport.solver;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The places already taken on each vehicle while a greedy placement fills the fleet. */
final class Seating {

    private final Map<Vehicle, Integer> index = new IdentityHashMap<>();
    private final int[] people;
    private final int[] medicalSeats;
    private final int[] wheelchairSpaces;
    private final String[] destination;

    Seating(List<Vehicle> vehicles) {
        for (Vehicle vehicle : vehicles) {
            index.put(vehicle, index.size());
        }
        people = new int[vehicles.size()];
        medicalSeats = new int[vehicles.size()];
        wheelchairSpaces = new int[vehicles.size()];
        destination = new String[vehicles.size()];
    }

    /** Every hard rule holds with the unit on board: destination, seats, medical seats, wheelchair spaces. */
    boolean fits(HouseholdUnit unit, Vehicle vehicle) {
        int i = index.get(vehicle);
        return vehicle.mayGoTo(unit.getDestination())
                && (destination[i] == null || destination[i].equals(unit.getDestination()))
                && people[i] + unit.getSize() <= vehicle.getSeats()
                && medicalSeats[i] + unit.getMedicalSeats() <= vehicle.getMedicalSeats()
                && wheelchairSpaces[i] + unit.getWheelchairSpaces() <= vehicle.getWheelchairSpaces();
    }

    void seat(HouseholdUnit unit, Vehicle vehicle) {
        int i = index.get(vehicle);
        people[i] += unit.getSize();
        medicalSeats[i] += unit.getMedicalSeats();
        wheelchairSpaces[i] += unit.getWheelchairSpaces();
        destination[i] = unit.getDestination();
    }
}
