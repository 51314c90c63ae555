package org.safepassage.transport.manifest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Traveller;
import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.safepassage.shared.Ids;
import org.safepassage.transport.ManifestsFrozen;
import org.safepassage.transport.Outcome;
import org.safepassage.transport.convoy.Convoy;
import org.safepassage.transport.convoy.ConvoyOperations;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.planning.ConvoyPlanning;
import org.safepassage.transport.planning.NeedFlags;
import org.safepassage.transport.planning.PlannedUnit;
import org.safepassage.transport.planning.PlanningRun;
import org.safepassage.transport.planning.PlanningRuns;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes a convoy's plan into one manifest per vehicle, after checking once more that everyone on it may
 * travel to the destination now and is on no other convoy; and reopens planning, voiding the manifests, as long
 * as nobody has boarded.
 */
@Service
public class ManifestFreezing {

    private final Convoys convoys;
    private final ConvoyOperations operations;
    private final ConvoyPlanning planning;
    private final PlanningRuns runs;
    private final Manifests manifests;
    private final ConsentManagement consent;
    private final RegistryManagement registry;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManifestFreezing(Convoys convoys, ConvoyOperations operations, ConvoyPlanning planning, PlanningRuns runs,
            Manifests manifests, ConsentManagement consent, RegistryManagement registry, JdbcClient jdbc,
            AuditLog audit, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
        this.convoys = convoys;
        this.operations = operations;
        this.planning = planning;
        this.runs = runs;
        this.manifests = manifests;
        this.consent = consent;
        this.registry = registry;
        this.jdbc = jdbc;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome freeze(UUID convoyId) {
        var convoy = convoys.find(convoyId).orElse(null);
        if (convoy == null) {
            return Outcome.rejected("convoy.error.notFound");
        }
        if (convoy.status() != ConvoyStatus.PLANNING) {
            return Outcome.rejected("convoy.refused.freezeOnlyWhilePlanning");
        }
        var run = planning.latest(convoyId).orElse(null);
        var refusal = refusal(run);
        if (refusal != null) {
            return Outcome.rejected(refusal);
        }
        List<PlannedUnit> placed = runs.plan(run.id()).stream().filter(PlannedUnit::placed).toList();
        if (placed.isEmpty()) {
            return Outcome.rejected("manifest.refused.nobodyPlaced");
        }
        Set<UUID> travelling = placed.stream().flatMap(p -> p.unit().individualIds().stream())
                .collect(Collectors.toSet());
        if (!consent.whoMayTravelTo(convoy.destinationId()).individualIds().containsAll(travelling)) {
            return Outcome.rejected("manifest.refused.consentChanged");
        }
        if (onOtherManifests(convoyId, travelling)) {
            return Outcome.rejected("manifest.refused.onAnotherConvoy");
        }
        var frozen = write(convoy, run, placed);
        var moved = operations.move(convoyId, Convoy::freezeManifests, null);
        if (moved instanceof Outcome.Rejected) {
            throw new IllegalStateException("convoy " + convoyId + " moved while its manifests were frozen");
        }
        audit.record("MANIFESTS_FROZEN", "convoy", convoyId, "run=" + run.id() + " manifests=" + frozen.size()
                + " people=" + travelling.size());
        events.publishEvent(new ManifestsFrozen(convoyId, frozen));
        return Outcome.done(convoyId);
    }

    /** Back to planning before anyone boards: the manifests are voided and kept for the record. */
    @Transactional
    public Outcome reopen(UUID convoyId) {
        var moved = operations.move(convoyId, Convoy::reopenPlanning, null);
        if (moved instanceof Outcome.Done) {
            manifests.voidAll(convoyId, actor.get().name(), clock.instant());
            audit.record("MANIFESTS_VOIDED", "convoy", convoyId, null);
        }
        return moved;
    }

    private static String refusal(PlanningRun run) {
        if (run == null || !run.hasPlan() && run.status().isOver()) {
            return "manifest.refused.noPlan";
        }
        if (run.solving()) {
            return "manifest.refused.stillSolving";
        }
        if (run.flagged()) {
            return "manifest.refused.flagged";
        }
        if (!run.usable()) {
            return "manifest.refused.planBreaksRules";
        }
        return null;
    }

    private List<UUID> write(Convoy convoy, PlanningRun run, List<PlannedUnit> placed) {
        Set<UUID> households = placed.stream().map(p -> p.unit().householdId()).collect(Collectors.toSet());
        Map<UUID, Traveller> travellers = registry.travellers(households).values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(Traveller::individualId, Function.identity()));
        var flags = NeedFlags.of(registry.specificNeeds());
        Map<UUID, List<PlannedUnit>> byVehicle = new LinkedHashMap<>();
        placed.stream().sorted(Comparator.comparing(PlannedUnit::vehicleRef))
                .forEach(p -> byVehicle.computeIfAbsent(p.vehicleId(), v -> new ArrayList<>()).add(p));
        Instant now = clock.instant();
        List<UUID> ids = new ArrayList<>();
        int number = 0;
        for (var vehicle : byVehicle.entrySet()) {
            var manifest = new Manifest(Ids.newId(clock), convoy.id(), vehicle.getKey(), run.id(), ++number, 1, now,
                    actor.get().name(), null);
            List<ManifestEntry> entries = new ArrayList<>();
            int seat = 0;
            var units = vehicle.getValue().stream().sorted(Comparator.comparing((PlannedUnit p) -> -p.unit().priority())
                    .thenComparing(p -> p.unit().ref())).toList();
            for (var unit : units) {
                for (UUID person : unit.unit().individualIds()) {
                    var traveller = travellers.get(person);
                    if (traveller == null) {
                        throw new IllegalStateException("traveller " + person + " left the registry during freezing");
                    }
                    entries.add(new ManifestEntry(manifest.id(), person, unit.unit().householdId(), unit.unit().ref(),
                            ++seat, traveller.sex(), AgeGroup.of(traveller.age()), Marker.of(traveller, flags), null));
                }
            }
            manifests.insert(manifest, entries);
            ids.add(manifest.id());
        }
        return ids;
    }

    private boolean onOtherManifests(UUID convoyId, Set<UUID> people) {
        var listed = new HashSet<>(jdbc.sql("""
                SELECT e.individual_id FROM manifest_entry e JOIN manifest m ON m.id = e.manifest_id
                JOIN convoy c ON c.id = m.convoy_id
                WHERE m.voided_at IS NULL AND e.removed_by IS NULL AND c.status <> 'ABORTED' AND c.id <> :convoy
                """).param("convoy", convoyId).query(UUID.class).list());
        listed.retainAll(people);
        return !listed.isEmpty();
    }
}
