package org.safepassage.corridor;

import java.util.UUID;

/** An event was recorded by mistake and is cancelled: forget what it said. */
public record CheckpointEventRetracted(UUID eventId, UUID retractedEventId, EventKind retractedKind,
        UUID checkpointId) {
}
