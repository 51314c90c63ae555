package org.safepassage.transport;

import java.time.LocalDate;
import java.util.Objects;

/**
 * People who must ride the same vehicle: a whole household, or, when its members consented to different
 * destinations, the part of it going to one destination ({@code household} then names the household the parts
 * belong to).
 *
 * @param ref              unique among the units of an instance
 * @param household        the household this unit belongs to (equal to {@code ref} for a whole household)
 * @param size             people in the unit; they are never split across vehicles
 * @param destination      the destination these people consented to
 * @param medicalSeats     people who need a medical seat (escort, stretcher) on the way
 * @param wheelchairSpaces people who travel in a wheelchair space
 * @param priority         higher = more vulnerable = goes first
 * @param registeredOn     when the household was registered; earlier goes first among equals
 * @param block            shelter block, or {@code null}; households of a block ride together where possible
 */
public record TravellingUnit(String ref, String household, int size, String destination, int medicalSeats,
        int wheelchairSpaces, int priority, LocalDate registeredOn, String block) {

    public TravellingUnit {
        ref = Refs.required(ref, "ref");
        household = household == null ? ref : Refs.required(household, "household");
        destination = Refs.required(destination, "destination");
        Objects.requireNonNull(registeredOn, "registeredOn");
        block = block == null || block.isBlank() ? null : block.strip();
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        if (medicalSeats < 0 || medicalSeats > size) {
            throw new IllegalArgumentException("medicalSeats must be between 0 and size: " + medicalSeats);
        }
        if (wheelchairSpaces < 0 || wheelchairSpaces > size) {
            throw new IllegalArgumentException("wheelchairSpaces must be between 0 and size: " + wheelchairSpaces);
        }
    }

    /** A household travelling whole: the unit is the household. */
    public static TravellingUnit wholeHousehold(String ref, int size, String destination, int medicalSeats,
            int wheelchairSpaces, int priority, LocalDate registeredOn, String block) {
        return new TravellingUnit(ref, ref, size, destination, medicalSeats, wheelchairSpaces, priority,
                registeredOn, block);
    }

    /** Needs a place that only some vehicles offer: a medical seat or a wheelchair space. */
    public boolean needsSpecialPlace() {
        return medicalSeats > 0 || wheelchairSpaces > 0;
    }
}
