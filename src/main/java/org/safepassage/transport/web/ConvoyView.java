package org.safepassage.transport.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safepassage.consent.Destination;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.fleet.Vehicle;
import org.safepassage.transport.route.Route;

/** A convoy as its pages show it: with its destination, corridor and vehicles. */
record ConvoyView(UUID id, String ref, ConvoyStatus status, Destination destination, Route route,
        Instant plannedDeparture, int expectedJourneyMinutes, String escort, Instant departedAt, Instant arrivedAt,
        List<Vehicle> vehicles) {

    public int seats() {
        return vehicles.stream().mapToInt(Vehicle::seats).sum();
    }

    public boolean planning() {
        return status == ConvoyStatus.PLANNING;
    }
}
