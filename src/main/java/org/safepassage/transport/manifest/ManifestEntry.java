package org.safepassage.transport.manifest;

import java.util.Set;
import java.util.UUID;

import org.safepassage.registry.Sex;

/** One person on a manifest: ids, seat, and the facts counts and markers need. {@code removedBy}: the amendment. */
public record ManifestEntry(UUID manifestId, UUID individualId, UUID householdId, String unitRef, int seat, Sex sex,
        AgeGroup ageGroup, Set<Marker> markers, UUID removedBy) {

    public ManifestEntry {
        markers = Set.copyOf(markers);
    }

    public boolean listed() {
        return removedBy == null;
    }
}
