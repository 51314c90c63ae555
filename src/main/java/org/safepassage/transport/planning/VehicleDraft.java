package org.safepassage.transport.planning;

import java.util.UUID;

import org.safepassage.transport.VehicleCapacity;

/** A vehicle offered to a planning run, as it was when the run started. */
public record VehicleDraft(UUID vehicleId, String ref, int seats, int medicalSeats, int wheelchairSpaces) {

    public VehicleCapacity toCapacity(String destinationCode) {
        return new VehicleCapacity(ref, seats, medicalSeats, wheelchairSpaces, destinationCode);
    }
}
