package org.safepassage.consent;

import java.util.Set;
import java.util.UUID;

/**
 * Event: a consent was withdrawn; it is no longer valid from this moment, for the person and for the minors
 * it covered. A plan or manifest that holds any of {@link #affectedIndividualIds()} for the destination must
 * be flagged at once. Published after the change commits.
 */
public record ConsentWithdrawn(UUID consentId, UUID individualId, UUID householdId, UUID destinationId,
        Set<UUID> minorIds, WithdrawalReason reason) {

    public ConsentWithdrawn {
        minorIds = minorIds == null ? Set.of() : Set.copyOf(minorIds);
    }

    public Set<UUID> affectedIndividualIds() {
        var all = new java.util.HashSet<>(minorIds);
        all.add(individualId);
        return Set.copyOf(all);
    }
}
