package org.safepassage.consent;

import java.util.Set;
import java.util.UUID;

/**
 * Event: an adult consented to travel to a destination (a head of household possibly also for minors).
 * Published after the change commits. A newer consent of the same person first withdraws the older one
 * ({@link ConsentWithdrawn} with reason SUPERSEDED).
 */
public record ConsentGiven(UUID consentId, UUID individualId, UUID householdId, UUID destinationId,
        Set<UUID> minorIds) {

    public ConsentGiven {
        minorIds = minorIds == null ? Set.of() : Set.copyOf(minorIds);
    }

    /** The consenting person and the minors the consent covers. */
    public Set<UUID> affectedIndividualIds() {
        var all = new java.util.HashSet<>(minorIds);
        all.add(individualId);
        return Set.copyOf(all);
    }
}
