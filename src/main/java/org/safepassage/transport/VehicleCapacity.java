package org.safepassage.transport;

/**
 * What one vehicle can carry. {@code seats} counts every person on board, including those in medical seats and
 * wheelchair spaces; those two say how many of the places are equipped for such travellers.
 *
 * @param destination the destination the vehicle is already committed to, or {@code null} when the plan may send
 *                    it anywhere (it then takes the destination of its first travellers)
 */
public record VehicleCapacity(String ref, int seats, int medicalSeats, int wheelchairSpaces, String destination) {

    public VehicleCapacity {
        ref = Refs.required(ref, "ref");
        destination = destination == null || destination.isBlank() ? null : destination.strip();
        if (seats < 1) {
            throw new IllegalArgumentException("seats must be positive: " + seats);
        }
        if (medicalSeats < 0 || medicalSeats > seats) {
            throw new IllegalArgumentException("medicalSeats must be between 0 and seats: " + medicalSeats);
        }
        if (wheelchairSpaces < 0 || wheelchairSpaces > seats) {
            throw new IllegalArgumentException("wheelchairSpaces must be between 0 and seats: " + wheelchairSpaces);
        }
    }

    /** A vehicle the plan may send to any destination. */
    public static VehicleCapacity free(String ref, int seats, int medicalSeats, int wheelchairSpaces) {
        return new VehicleCapacity(ref, seats, medicalSeats, wheelchairSpaces, null);
    }

    public boolean hasFixedDestination() {
        return destination != null;
    }

    /** Whether the unit could ride this vehicle alone: the right destination and enough places of every kind. */
    public boolean couldCarry(TravellingUnit unit) {
        return (destination == null || destination.equals(unit.destination()))
                && unit.size() <= seats
                && unit.medicalSeats() <= medicalSeats
                && unit.wheelchairSpaces() <= wheelchairSpaces;
    }
}
