package org.safepassage.transport.fleet;

import java.util.UUID;

/**
 * A vehicle the operation may send. {@code seats} counts every place, including the {@code medicalSeats}
 * (medical seats and stretcher places, for travellers who need care or an escort on the way) and the
 * {@code wheelchairSpaces}. An inactive vehicle keeps its history but is offered to no new convoy.
 */
public record Vehicle(UUID id, String ref, VehicleKind kind, int seats, int medicalSeats, int wheelchairSpaces,
        String operator, String driverContact, boolean active) {
}
