package org.safepassage.transport.solver;

import java.time.LocalDate;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A household, or the part of one going to one destination, waiting for a vehicle. The unit is atomic: giving it
 * one vehicle is how a household is never split. No vehicle means it is left behind this time.
 */
@PlanningEntity
public class HouseholdUnit {

    @PlanningId
    private String ref;
    private String household;
    private int size;
    private String destination;
    private int medicalSeats;
    private int wheelchairSpaces;
    private int priority;
    private LocalDate registeredOn;
    private String block;
    /** The place this unit takes when it rides; it never changes, so it is made once. */
    private Place place;

    @PlanningVariable(allowsUnassigned = true)
    private Vehicle vehicle;

    HouseholdUnit() {
        // for Timefold
    }

    public HouseholdUnit(String ref, String household, int size, String destination, int medicalSeats,
            int wheelchairSpaces, int priority, LocalDate registeredOn, String block) {
        this.ref = ref;
        this.household = household;
        this.size = size;
        this.destination = destination;
        this.medicalSeats = medicalSeats;
        this.wheelchairSpaces = wheelchairSpaces;
        this.priority = priority;
        this.registeredOn = registeredOn;
        this.block = block;
        this.place = new Place(destination, priority, size, medicalSeats, wheelchairSpaces);
    }

    public String getRef() {
        return ref;
    }

    public String getHousehold() {
        return household;
    }

    public int getSize() {
        return size;
    }

    public String getDestination() {
        return destination;
    }

    public int getMedicalSeats() {
        return medicalSeats;
    }

    public int getWheelchairSpaces() {
        return wheelchairSpaces;
    }

    public int getPriority() {
        return priority;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public String getBlock() {
        return block;
    }

    Place getPlace() {
        return place;
    }

    public Vehicle getVehicle() {
        return vehicle;
    }

    public void setVehicle(Vehicle vehicle) {
        this.vehicle = vehicle;
    }

    public boolean isLeftBehind() {
        return vehicle == null;
    }

    boolean needsSpecialPlace() {
        return medicalSeats > 0 || wheelchairSpaces > 0;
    }

    @Override
    public String toString() {
        return ref + "(" + size + " to " + destination + ")";
    }
}
