package org.safepassage.corridor.internal;

import java.util.UUID;

import org.safepassage.corridor.EventKind;

/** What the log knows of an event when a new report refers to it or reuses its id. */
public record StoredEvent(UUID id, EventKind kind, UUID checkpointId, String fingerprint, UUID correctedBy) {

    public boolean corrected() {
        return correctedBy != null;
    }
}
