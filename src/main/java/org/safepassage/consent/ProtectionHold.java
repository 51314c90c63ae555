package org.safepassage.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * A person held back from every convoy to one destination until a PROTECTION officer releases them with a
 * recorded reason.
 *
 * @param detail the needs code or the fears that raised it, or the officer's reason
 */
public record ProtectionHold(UUID id, UUID individualId, UUID householdId, UUID destinationId, HoldBasis basis,
        String detail, Instant placedAt, String placedBy, Instant releasedAt, String releasedBy,
        String releaseReason) {

    public boolean released() {
        return releasedAt != null;
    }
}
