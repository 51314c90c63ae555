package org.safepassage.corridor;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A humanitarian corridor out of the camp: its route, where it leads, who operates it, which destinations it
 * serves, and its status now (derived from its history: {@code status} and {@code statusSince} are those of
 * the latest entry in force; {@code statusSince} is null for a corridor without history).
 */
public record Corridor(UUID id, String code, String nameEn, String nameAr, String from, String to,
        String authority, Route route, List<Destination> destinations, CorridorStatus status,
        Instant statusSince, String fromAr, String toAr, String authorityAr) {

    public Corridor {
        destinations = List.copyOf(destinations);
    }

    /** A corridor stated in one language only. */
    public Corridor(UUID id, String code, String nameEn, String nameAr, String from, String to, String authority,
            Route route, List<Destination> destinations, CorridorStatus status, Instant statusSince) {
        this(id, code, nameEn, nameAr, from, to, authority, route, destinations, status, statusSince, null, null,
                null);
    }

    /** Where it starts, in Arabic for an Arabic reader when the corridor has it in Arabic. */
    public String from(Locale locale) {
        return arabic(locale) && fromAr != null ? fromAr : from;
    }

    public String to(Locale locale) {
        return arabic(locale) && toAr != null ? toAr : to;
    }

    public String authority(Locale locale) {
        return arabic(locale) && authorityAr != null ? authorityAr : authority;
    }

    private static boolean arabic(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }

    public boolean serves(String destinationCode) {
        return destinations.stream().anyMatch(d -> d.code().equalsIgnoreCase(destinationCode));
    }
}
