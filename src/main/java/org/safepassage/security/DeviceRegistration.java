package org.safepassage.security;

import java.time.Instant;
import java.util.UUID;

/** A field device allowed to post events with its own token. The token is shown once, when it is issued. */
public record DeviceRegistration(UUID id, String name, Instant createdAt, Instant revokedAt, Instant lastSeenAt) {

    public boolean active() {
        return revokedAt == null;
    }

    public record Issued(DeviceRegistration device, String token) {
    }
}
