package org.safepassage.transport;

import java.util.UUID;

/** Event: a frozen manifest was amended (a person taken off it, or a change recorded after departure). */
public record ManifestAmended(UUID manifestId, UUID amendmentId, UUID convoyId, UUID individualId) {
}
