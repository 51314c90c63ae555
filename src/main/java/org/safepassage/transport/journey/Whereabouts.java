package org.safepassage.transport.journey;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.transport.manifest.ManifestEntry;
import org.safepassage.transport.route.Sighting;

/**
 * Puts together, for everyone who boarded, where they were seen: boarding and arrival reports, and the corridor's
 * passages of the convoy. A passage that names people counts for them; one that only counts heads of a household
 * counts for its members who boarded only if the count covers them all (otherwise nobody can tell who is missing).
 */
public final class Whereabouts {

    private Whereabouts() {
    }

    /**
     * @param entries   the convoy's manifest entries with the vehicle of each manifest
     * @param boarded   when each person first boarded
     * @param arrived   when each person first arrived
     * @param sightings the convoy's passages in force
     */
    public static Map<UUID, Trail> of(Map<ManifestEntry, UUID> entries, Map<UUID, Instant> boarded,
            Map<UUID, Instant> arrived, List<Sighting> sightings) {
        Map<UUID, Trail> trails = new HashMap<>();
        entries.forEach((entry, vehicle) -> {
            Instant boardedAt = boarded.get(entry.individualId());
            if (boardedAt != null) {
                trails.put(entry.individualId(), new Trail(entry.individualId(), entry.householdId(), vehicle,
                        boardedAt, new TreeMap<>(), arrived.get(entry.individualId())));
            }
        });
        Map<UUID, Set<UUID>> boardedByHousehold = trails.values().stream()
                .collect(Collectors.groupingBy(Trail::householdId, Collectors.mapping(Trail::individualId,
                        Collectors.toSet())));
        for (Sighting sighting : sightings) {
            Set<UUID> seen = sighting.individualIds();
            if (seen.isEmpty() && sighting.householdId() != null) {
                var household = boardedByHousehold.getOrDefault(sighting.householdId(), Set.of());
                seen = sighting.personCount() >= household.size() ? household : Set.of();
            }
            for (UUID person : seen) {
                var trail = trails.get(person);
                if (trail != null) {
                    trail.checkpoints().merge(sighting.sequence(),
                            new Trail.Seen(sighting.checkpointId(), sighting.at()),
                            (a, b) -> a.at().isBefore(b.at()) ? a : b);
                }
            }
        }
        return trails;
    }
}
