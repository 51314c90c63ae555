package org.safepassage.transport.manifest;

import java.time.Instant;
import java.util.UUID;

/** The list of who rides one vehicle of a convoy, frozen from a plan. {@code issue} grows with each amendment. */
public record Manifest(UUID id, UUID convoyId, UUID vehicleId, UUID runId, int number, int issue, Instant frozenAt,
        String frozenBy, Instant voidedAt) {

    public boolean inForce() {
        return voidedAt == null;
    }
}
