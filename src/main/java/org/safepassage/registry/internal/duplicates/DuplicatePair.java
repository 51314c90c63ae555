package org.safepassage.registry.internal.duplicates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safepassage.registry.Deduplication;

/**
 * A stored pair of people who may be one person, and what became of it.
 *
 * @param reasons the reasons in words (message key and number), for {@link Deduplication#explain}
 * @param kept    after a merge: the record kept; the other is the duplicate
 */
public record DuplicatePair(UUID id, UUID personA, UUID personB, double score, Deduplication.Decision decision,
        List<Deduplication.Reason> reasons, String foundBy, Instant foundAt, Status status, UUID kept,
        UUID closedHousehold, String decidedBy, Instant decidedAt) {

    public enum Status { OPEN, REJECTED, MERGED }

    public DuplicatePair {
        reasons = List.copyOf(reasons);
    }

    /** The record merged away, or null while the pair is not merged. */
    public UUID duplicate() {
        return kept == null ? null : kept.equals(personA) ? personB : personA;
    }

    public boolean concerns(UUID person) {
        return personA.equals(person) || personB.equals(person);
    }

    public UUID other(UUID person) {
        return personA.equals(person) ? personB : personA;
    }
}
