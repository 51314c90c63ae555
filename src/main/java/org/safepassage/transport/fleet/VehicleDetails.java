package org.safepassage.transport.fleet;

import java.util.ArrayList;
import java.util.List;

import org.safepassage.transport.Violation;

/** What LOGISTICS states about a vehicle, to register it or to change it. Blank texts count as missing. */
public record VehicleDetails(String ref, VehicleKind kind, Integer seats, Integer medicalSeats,
        Integer wheelchairSpaces, String operator, String driverContact, Boolean active) {

    static final int MOST_SEATS = 120;

    public VehicleDetails {
        ref = clean(ref);
        operator = clean(operator);
        driverContact = clean(driverContact);
        medicalSeats = medicalSeats == null ? 0 : medicalSeats;
        wheelchairSpaces = wheelchairSpaces == null ? 0 : wheelchairSpaces;
        active = active == null || active;
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (ref == null || !ref.matches("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,39}")) {
            violations.add(new Violation("ref", "vehicle.error.ref"));
        }
        if (kind == null) {
            violations.add(new Violation("kind", "vehicle.error.kind"));
        }
        if (seats == null || seats < 1 || seats > MOST_SEATS) {
            violations.add(new Violation("seats", "vehicle.error.seats"));
        } else {
            if (medicalSeats < 0 || medicalSeats > seats) {
                violations.add(new Violation("medicalSeats", "vehicle.error.medicalSeats"));
            }
            if (wheelchairSpaces < 0 || wheelchairSpaces > seats) {
                violations.add(new Violation("wheelchairSpaces", "vehicle.error.wheelchairSpaces"));
            }
        }
        if (operator == null) {
            violations.add(new Violation("operator", "vehicle.error.operator"));
        }
        return violations;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
