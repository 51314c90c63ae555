package org.safepassage.transport.manifest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.registry.HouseholdSummary;
import org.safepassage.registry.Person;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.AuditLog;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.fleet.Vehicles;
import org.safepassage.transport.manifest.ManifestSheet.AmendmentLine;
import org.safepassage.transport.manifest.ManifestSheet.HouseholdGroup;
import org.safepassage.transport.manifest.ManifestSheet.Seat;
import org.safepassage.transport.route.Routes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a manifest together with the names it lists, for the manifest page, the PDF and the CSV. Every household
 * read is audited by the registry, and the reading of the manifest itself once more, with its purpose.
 */
@Service
public class ManifestSheets {

    private final Manifests manifests;
    private final Convoys convoys;
    private final Vehicles vehicles;
    private final Routes routes;
    private final ConsentManagement consent;
    private final RegistryManagement registry;
    private final AuditLog audit;

    ManifestSheets(Manifests manifests, Convoys convoys, Vehicles vehicles, Routes routes, ConsentManagement consent,
            RegistryManagement registry, AuditLog audit) {
        this.manifests = manifests;
        this.convoys = convoys;
        this.vehicles = vehicles;
        this.routes = routes;
        this.consent = consent;
        this.registry = registry;
        this.audit = audit;
    }

    /**
     * @param purpose what the reader does with it, for the audit log: "page", "pdf", "csv"
     */
    @Transactional
    public Optional<ManifestSheet> sheet(UUID manifestId, String purpose) {
        var manifest = manifests.find(manifestId).orElse(null);
        if (manifest == null) {
            return Optional.empty();
        }
        var convoy = convoys.find(manifest.convoyId()).orElseThrow();
        var vehicle = vehicles.find(manifest.vehicleId()).orElseThrow();
        var destination = consent.destination(convoy.destinationId()).orElseThrow();
        var route = routes.route(convoy.corridorId());
        var entries = manifests.entries(manifestId);
        var amendments = manifests.amendments(manifestId);

        var householdIds = new java.util.LinkedHashSet<UUID>();
        entries.forEach(e -> householdIds.add(e.householdId()));
        amendments.forEach(a -> householdIds.add(a.householdId()));
        Map<UUID, HouseholdSummary> households = registry.households(householdIds).stream()
                .collect(Collectors.toMap(HouseholdSummary::id, Function.identity()));
        Map<UUID, Person> people = new HashMap<>();
        for (UUID household : householdIds) {
            registry.members(household).forEach(p -> people.put(p.id(), p));
        }
        // someone who moved to another household since the manifest was frozen is still on it
        entries.stream().map(ManifestEntry::individualId).filter(id -> !people.containsKey(id)).toList()
                .forEach(id -> registry.person(id).ifPresent(p -> people.put(id, p)));
        audit.record("MANIFEST_READ", "manifest", manifestId, "purpose=" + purpose + " issue=" + manifest.issue()
                + " people=" + entries.stream().filter(ManifestEntry::listed).count());

        Map<UUID, List<Seat>> seats = new LinkedHashMap<>();
        entries.stream().filter(ManifestEntry::listed).sorted(Comparator.comparingInt(ManifestEntry::seat))
                .forEach(e -> seats.computeIfAbsent(e.householdId(), h -> new ArrayList<>()).add(seat(e, people)));
        List<HouseholdGroup> groups = seats.entrySet().stream().map(s -> {
            var household = households.get(s.getKey());
            return new HouseholdGroup(s.getKey(), household == null ? "?" : household.ref(),
                    household == null ? null : household.token(), s.getValue());
        }).toList();
        Map<UUID, Integer> seatOf = entries.stream()
                .collect(Collectors.toMap(ManifestEntry::individualId, ManifestEntry::seat, (a, b) -> a));
        List<AmendmentLine> lines = amendments.stream().map(a -> {
            var person = people.get(a.individualId());
            var household = households.get(a.householdId());
            return new AmendmentLine(a.id(), a.at(), a.recordedBy(), a.individualId(),
                    person == null ? null : person.ref(), household == null ? null : household.ref(),
                    seatOf.getOrDefault(a.individualId(), 0), person == null ? null : person.name().latin(),
                    person == null ? null : person.name().arabic(), a.reason(), a.removed(), a.issue());
        }).toList();
        return Optional.of(new ManifestSheet(manifestId, convoy.id(), manifest.number(), manifest.issue(), convoy.ref(),
                destination.nameEn(), destination.nameAr(), route.map(r -> r.nameEn()).orElse(null),
                route.map(r -> r.nameAr()).orElse(null), convoy.plannedDeparture(), convoy.escort(), vehicle.ref(),
                vehicle.kind(), vehicle.operator(), vehicle.driverContact(), vehicle.seats(), manifest.frozenAt(),
                manifest.frozenBy(), groups, Counts.of(entries), lines));
    }

    private static Seat seat(ManifestEntry entry, Map<UUID, Person> people) {
        var person = people.get(entry.individualId());
        return new Seat(entry.seat(), entry.individualId(), person == null ? null : person.ref(),
                person == null ? null : person.name().latin(), person == null ? null : person.name().arabic(),
                entry.sex(), entry.ageGroup(), entry.markers());
    }
}
