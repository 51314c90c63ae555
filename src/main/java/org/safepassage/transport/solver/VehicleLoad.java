package org.safepassage.transport.solver;

/** How many people, medical seats and wheelchair spaces a vehicle's riders take, and to how many destinations. */
record VehicleLoad(Vehicle vehicle, int people, int medicalSeats, int wheelchairSpaces, int destinations) {

    static VehicleLoad of(Vehicle vehicle, Riders riders) {
        return new VehicleLoad(vehicle, riders.people(), riders.medicalSeats(), riders.wheelchairSpaces(),
                riders.destinations());
    }

    /** What the riders of one vehicle add up to. */
    record Riders(int people, int medicalSeats, int wheelchairSpaces, int destinations) {
    }

    int spareMedicalSeats() {
        return vehicle.getMedicalSeats() - medicalSeats;
    }

    int spareWheelchairSpaces() {
        return vehicle.getWheelchairSpaces() - wheelchairSpaces;
    }
}
