package org.safepassage.transport.manifest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safepassage.registry.Sex;
import org.safepassage.transport.fleet.VehicleKind;

/**
 * A manifest as people read it: the convoy and vehicle, the seats grouped by household with names in both
 * scripts and needs markers (never a condition), the counts, and the amendments. Building one reads names from
 * the registry and is audited.
 */
public record ManifestSheet(UUID manifestId, UUID convoyId, int number, int issue, String convoyRef,
        String destinationEn, String destinationAr, String corridorEn, String corridorAr, Instant plannedDeparture,
        String escort, String vehicleRef, VehicleKind vehicleKind, String operator, String driverContact, int seats,
        Instant frozenAt, String frozenBy, List<HouseholdGroup> households, Counts counts,
        List<AmendmentLine> amendments) {

    public ManifestSheet {
        households = List.copyOf(households);
        amendments = List.copyOf(amendments);
    }

    public int people() {
        return households.stream().mapToInt(h -> h.seats().size()).sum();
    }

    /** A household's people on this vehicle, with the token its QR code carries. */
    public record HouseholdGroup(UUID householdId, String ref, String token, List<Seat> seats) {
        public HouseholdGroup {
            seats = List.copyOf(seats);
        }
    }

    public record Seat(int seat, UUID individualId, String ref, String nameLatin, String nameArabic, Sex sex,
            AgeGroup ageGroup, Set<Marker> markers) {
        public Seat {
            markers = Set.copyOf(markers);
        }
    }

    /**
     * @param seat the seat the person had, 0 if unknown
     */
    public record AmendmentLine(UUID id, Instant at, String recordedBy, UUID individualId, String personRef,
            String householdRef, int seat, String nameLatin, String nameArabic, AmendmentReason reason,
            boolean removed, int issue) {
    }
}
