package org.safepassage.transport.route;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The corridor a convoy takes, as transport needs it: whether it is open, and its checkpoints in order. */
public record Route(UUID corridorId, String code, String nameEn, String nameAr, boolean open,
        Set<String> destinationCodes, List<Stop> stops) {

    public Route {
        destinationCodes = Set.copyOf(destinationCodes);
        stops = stops.stream().sorted(Comparator.comparingInt(Stop::sequence)).toList();
    }

    /** Whether the corridor leads to the destination with this code (the consent module's destination codes). */
    public boolean serves(String destinationCode) {
        return destinationCodes.stream().anyMatch(code -> code.equalsIgnoreCase(destinationCode));
    }

    public String name(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }

    /** The first checkpoint after the one at {@code sequence} (0: the first of all); empty after the last. */
    public Optional<Stop> after(int sequence) {
        return stops.stream().filter(s -> s.sequence() > sequence).findFirst();
    }

    public Optional<Stop> stop(UUID checkpointId) {
        return stops.stream().filter(s -> s.checkpointId().equals(checkpointId)).findFirst();
    }

    /** The time the corridor expects to its last checkpoint; 0 without checkpoints. */
    public int minutesToLastStop() {
        return stops.stream().mapToInt(Stop::expectedMinutesFromCamp).max().orElse(0);
    }
}
