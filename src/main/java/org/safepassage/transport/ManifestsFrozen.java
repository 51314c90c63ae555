package org.safepassage.transport;

import java.util.List;
import java.util.UUID;

/** Event: a convoy's plan was frozen into manifests, one per vehicle. */
public record ManifestsFrozen(UUID convoyId, List<UUID> manifestIds) {

    public ManifestsFrozen {
        manifestIds = List.copyOf(manifestIds);
    }
}
