package org.safepassage.transport.solver;

import java.time.LocalDate;

/** Builds household units for tests, with plain defaults: 4 people to Homs, no needs, priority 0, block B-1. */
final class Travellers {

    static final String HOMS = "Homs";
    static final String DARAA = "Daraa";

    private String ref;
    private int size = 4;
    private String destination = HOMS;
    private int medicalSeats;
    private int wheelchairSpaces;
    private int priority;
    private LocalDate registeredOn = LocalDate.of(2018, 1, 1);
    private String block = "B-1";

    private Travellers(String ref) {
        this.ref = ref;
    }

    static Travellers household(String ref) {
        return new Travellers(ref);
    }

    static Vehicle bus(String ref, int seats) {
        return new Vehicle(ref, seats, 0, 0, null);
    }

    Travellers size(int size) {
        this.size = size;
        return this;
    }

    Travellers to(String destination) {
        this.destination = destination;
        return this;
    }

    Travellers medicalSeats(int medicalSeats) {
        this.medicalSeats = medicalSeats;
        return this;
    }

    Travellers wheelchairSpaces(int wheelchairSpaces) {
        this.wheelchairSpaces = wheelchairSpaces;
        return this;
    }

    Travellers priority(int priority) {
        this.priority = priority;
        return this;
    }

    Travellers registeredOn(String date) {
        this.registeredOn = LocalDate.parse(date);
        return this;
    }

    Travellers block(String block) {
        this.block = block;
        return this;
    }

    HouseholdUnit on(Vehicle vehicle) {
        var unit = leftBehind();
        unit.setVehicle(vehicle);
        return unit;
    }

    HouseholdUnit leftBehind() {
        return new HouseholdUnit(ref, ref, size, destination, medicalSeats, wheelchairSpaces, priority, registeredOn,
                block);
    }
}
