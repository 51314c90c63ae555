package org.safepassage.transport.solver;

/** How many people, medical seats and wheelchair spaces a vehicle's riders take. */
record VehicleLoad(Vehicle vehicle, int people, int medicalSeats, int wheelchairSpaces) {

    int spareMedicalSeats() {
        return vehicle.getMedicalSeats() - medicalSeats;
    }

    int spareWheelchairSpaces() {
        return vehicle.getWheelchairSpaces() - wheelchairSpaces;
    }
}
