package org.safepassage.transport.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.registry.HouseholdSummary;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Traveller;
import org.safepassage.transport.convoy.Convoy;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.fleet.Vehicles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the planning instance of a convoy from the operation's records: who may travel to its destination now
 * (consent given, not withdrawn, no protection hold), less anyone already on another convoy's manifest, grouped
 * into travelling units by household. Where members of a household chose differently, only those who may go to
 * this destination form the unit. Sizes, medical seats and wheelchair spaces come from the travellers' needs
 * flags, priority from {@link Vulnerability}. No names are read.
 */
@Component
public class ConvoyInstances {

    private final ConsentManagement consent;
    private final RegistryManagement registry;
    private final Convoys convoys;
    private final Vehicles vehicles;
    private final JdbcClient jdbc;
    private final Clock clock;

    ConvoyInstances(ConsentManagement consent, RegistryManagement registry, Convoys convoys, Vehicles vehicles,
            JdbcClient jdbc, Clock clock) {
        this.consent = consent;
        this.registry = registry;
        this.convoys = convoys;
        this.vehicles = vehicles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PlanningDraft draft(Convoy convoy) {
        String destinationCode = consent.destination(convoy.destinationId()).orElseThrow().code();
        var eligible = consent.whoMayTravelTo(convoy.destinationId()).individualsByHousehold();
        Set<UUID> elsewhere = onOtherManifests(convoy.id());
        var travellers = eligible.isEmpty() ? Map.<UUID, List<Traveller>>of() : registry.travellers(eligible.keySet());
        Map<UUID, HouseholdSummary> households = registry.households(eligible.keySet()).stream()
                .collect(Collectors.toMap(HouseholdSummary::id, Function.identity()));
        var flags = NeedFlags.of(registry.specificNeeds());
        List<UnitDraft> units = new ArrayList<>();
        eligible.forEach((householdId, people) -> {
            var household = households.get(householdId);
            var members = travellers.getOrDefault(householdId, List.of());
            var going = members.stream()
                    .filter(t -> people.contains(t.individualId()) && !elsewhere.contains(t.individualId()))
                    .sorted(Comparator.comparing(Traveller::ref))
                    .toList();
            if (household != null && !going.isEmpty()) {
                units.add(unit(household, going, going.size() == members.size(), flags));
            }
        });
        units.sort(Comparator.comparing(UnitDraft::ref));
        var offered = vehicles.all(convoys.vehicleIds(convoy.id())).stream()
                .map(v -> new VehicleDraft(v.id(), v.ref(), v.seats(), v.medicalSeats(), v.wheelchairSpaces()))
                .toList();
        return new PlanningDraft(destinationCode, units, offered);
    }

    private UnitDraft unit(HouseholdSummary household, List<Traveller> going, boolean whole, NeedFlags flags) {
        LocalDate registeredOn = household.registeredOn() != null ? household.registeredOn() : LocalDate.now(clock);
        return new UnitDraft(household.ref(), household.id(), household.ref(),
                going.stream().map(Traveller::individualId).toList(), whole,
                (int) going.stream().filter(flags::needsMedicalSeat).count(),
                (int) going.stream().filter(flags::needsWheelchairSpace).count(),
                Vulnerability.of(going), registeredOn, household.shelterBlock());
    }

    /** People listed on a manifest in force of another convoy that has not been called off. */
    private Set<UUID> onOtherManifests(UUID convoyId) {
        return new HashSet<>(jdbc.sql("""
                SELECT e.individual_id FROM manifest_entry e
                JOIN manifest m ON m.id = e.manifest_id
                JOIN convoy c ON c.id = m.convoy_id
                WHERE m.voided_at IS NULL AND e.removed_by IS NULL AND c.status <> 'ABORTED' AND c.id <> :convoy
                """).param("convoy", convoyId).query(UUID.class).list());
    }
}
