package org.safepassage.corridor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A humanitarian corridor out of the camp: its route, where it leads, who operates it, which destinations it
 * serves, and its status now (derived from its history: {@code status} and {@code statusSince} are those of
 * the latest entry in force; {@code statusSince} is null for a corridor without history).
 */
public record Corridor(UUID id, String code, String nameEn, String nameAr, String from, String to,
        String authority, Route route, List<Destination> destinations, CorridorStatus status,
        Instant statusSince) {

    public Corridor {
        destinations = List.copyOf(destinations);
    }

    public boolean serves(String destinationCode) {
        return destinations.stream().anyMatch(d -> d.code().equalsIgnoreCase(destinationCode));
    }
}
