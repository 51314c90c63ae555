package org.safepassage.transport.journey;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.safepassage.transport.manifest.Manifest;
import org.safepassage.transport.manifest.ManifestEntry;
import org.safepassage.transport.manifest.Manifests;
import org.safepassage.transport.route.Routes;
import org.springframework.stereotype.Component;

/** Reads where everyone who boarded a convoy was seen: its manifests, boarding and arrival reports, passages. */
@Component
public class Journeys {

    private final Manifests manifests;
    private final TravelEvents events;
    private final Routes routes;

    Journeys(Manifests manifests, TravelEvents events, Routes routes) {
        this.manifests = manifests;
        this.events = events;
        this.routes = routes;
    }

    public Map<UUID, Trail> trails(UUID convoyId) {
        Map<UUID, UUID> vehicleOf = new HashMap<>();
        for (Manifest manifest : manifests.ofConvoy(convoyId)) {
            vehicleOf.put(manifest.id(), manifest.vehicleId());
        }
        Map<ManifestEntry, UUID> entries = new HashMap<>();
        manifests.entriesOfConvoy(convoyId).forEach(e -> entries.put(e, vehicleOf.get(e.manifestId())));
        return Whereabouts.of(entries, events.first(convoyId, TravelKind.BOARDED),
                events.first(convoyId, TravelKind.ARRIVED), routes.sightingsOfConvoy(convoyId));
    }
}
