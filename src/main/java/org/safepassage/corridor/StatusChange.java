package org.safepassage.corridor;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One entry of a corridor's status history: what it became, why, from when, and who recorded it. */
public record StatusChange(UUID id, UUID corridorId, CorridorStatus status, String reason, Instant effectiveAt,
        Instant recordedAt, String recordedBy) {

    public StatusChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(corridorId, "corridorId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Later entries win: by the time they took effect, then by the time they were recorded. */
    boolean supersedes(StatusChange other) {
        int byEffect = effectiveAt.compareTo(other.effectiveAt);
        return byEffect != 0 ? byEffect > 0 : recordedAt.compareTo(other.recordedAt) > 0;
    }
}
