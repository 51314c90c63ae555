package org.safepassage.transport.manifest;

import java.time.Instant;
import java.util.UUID;

/**
 * A change to a frozen manifest: who (by id), when, recorded by whom, why, and the issue of the manifest it
 * produced. {@code removed} is false when the convoy had already left: the person is on the road and the
 * amendment only records what happened, for protection staff to follow up.
 */
public record Amendment(UUID id, UUID manifestId, UUID individualId, UUID householdId, Instant at, String recordedBy,
        AmendmentReason reason, boolean removed, int issue) {
}
