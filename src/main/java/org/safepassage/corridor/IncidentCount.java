package org.safepassage.corridor;

import java.util.UUID;

/** How many incidents of a type were reported at a checkpoint: a count, nothing about anyone. */
public record IncidentCount(UUID checkpointId, IncidentType type, long count) {
}
