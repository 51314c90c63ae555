package org.safepassage.transport.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safepassage.transport.alert.Alerts;
import org.safepassage.transport.convoy.Convoy;
import org.safepassage.transport.fleet.Vehicles;
import org.safepassage.transport.manifest.Manifest;
import org.safepassage.transport.manifest.ManifestEntry;
import org.safepassage.transport.manifest.Manifests;
import org.safepassage.transport.route.Routes;
import org.safepassage.transport.route.Stop;
import org.springframework.stereotype.Component;

/** Counts a convoy's progress per vehicle for the live page and the API. */
@Component
public class LiveBoards {

    private final Manifests manifests;
    private final Vehicles vehicles;
    private final Journeys journeys;
    private final Routes routes;
    private final Alerts alerts;

    LiveBoards(Manifests manifests, Vehicles vehicles, Journeys journeys, Routes routes, Alerts alerts) {
        this.manifests = manifests;
        this.vehicles = vehicles;
        this.journeys = journeys;
        this.routes = routes;
        this.alerts = alerts;
    }

    public LiveBoard board(Convoy convoy) {
        List<Stop> stops = routes.route(convoy.corridorId()).map(r -> r.stops()).orElse(List.of());
        Instant start = convoy.departedAt() != null ? convoy.departedAt() : convoy.plannedDeparture();
        List<Instant> expected = stops.stream().map(s -> start.plus(Duration.ofMinutes(s.expectedMinutesFromCamp())))
                .toList();
        Map<UUID, Trail> trails = journeys.trails(convoy.id());
        Set<UUID> unaccounted = alerts.openFor(convoy.id());
        Map<UUID, List<ManifestEntry>> byVehicle = new LinkedHashMap<>();
        Map<UUID, UUID> vehicleOf = new HashMap<>();
        for (Manifest manifest : manifests.ofConvoy(convoy.id())) {
            vehicleOf.put(manifest.id(), manifest.vehicleId());
            byVehicle.put(manifest.vehicleId(), new ArrayList<>());
        }
        manifests.entriesOfConvoy(convoy.id()).forEach(e -> byVehicle.get(vehicleOf.get(e.manifestId())).add(e));
        List<LiveBoard.Row> rows = new ArrayList<>();
        byVehicle.forEach((vehicleId, entries) -> rows.add(row(vehicleId,
                vehicles.find(vehicleId).map(v -> v.ref()).orElse("?"), entries, stops, trails, unaccounted)));
        return new LiveBoard(convoy.id(), stops, expected, convoy.expectedArrival(), rows, total(rows, stops.size()));
    }

    private static LiveBoard.Row row(UUID vehicleId, String ref, List<ManifestEntry> entries, List<Stop> stops,
            Map<UUID, Trail> trails, Set<UUID> unaccounted) {
        int listed = (int) entries.stream().filter(ManifestEntry::listed).count();
        var ours = entries.stream().map(e -> trails.get(e.individualId())).filter(t -> t != null).toList();
        List<Integer> passed = stops.stream()
                .map(s -> (int) ours.stream().filter(t -> t.seenAt(s.sequence())).count()).toList();
        return new LiveBoard.Row(vehicleId, ref, listed, ours.size(), passed,
                (int) ours.stream().filter(Trail::arrived).count(),
                (int) ours.stream().filter(t -> unaccounted.contains(t.individualId())).count());
    }

    private static LiveBoard.Row total(List<LiveBoard.Row> rows, int stops) {
        List<Integer> passed = new ArrayList<>();
        for (int i = 0; i < stops; i++) {
            int index = i;
            passed.add(rows.stream().mapToInt(r -> r.passed().get(index)).sum());
        }
        return new LiveBoard.Row(null, null, rows.stream().mapToInt(LiveBoard.Row::listed).sum(),
                rows.stream().mapToInt(LiveBoard.Row::boarded).sum(), passed,
                rows.stream().mapToInt(LiveBoard.Row::arrived).sum(),
                rows.stream().mapToInt(LiveBoard.Row::unaccounted).sum());
    }
}
