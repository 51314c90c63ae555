package org.safepassage.corridor.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safepassage.corridor.internal.ScannedHousehold;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

/**
 * What one signed-in checkpoint screen has scanned. Staff see a household's members only after scanning its
 * token, and may record only for households they scanned within the last {@link #VALID_FOR}: the screen
 * cannot be used to look anyone else up. Kept in the session's memory, never written anywhere.
 */
@Component
@SessionScope
class CheckpointScans {

    static final Duration VALID_FOR = Duration.ofHours(12);
    private static final int REMEMBERED = 100;

    private final Clock clock;
    private final Map<UUID, ScannedHousehold> current = new HashMap<>();
    private final Map<UUID, UUID> convoys = new HashMap<>();
    private final Map<UUID, Instant> scanned = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Instant> eldest) {
            return size() > REMEMBERED;
        }
    };

    CheckpointScans(Clock clock) {
        this.clock = clock;
    }

    synchronized void scanned(UUID checkpointId, ScannedHousehold household) {
        current.put(checkpointId, household);
        scanned.put(household.id(), clock.instant());
    }

    /** The household on the screen of this checkpoint now, if any. */
    synchronized Optional<ScannedHousehold> current(UUID checkpointId) {
        return Optional.ofNullable(current.get(checkpointId)).filter(h -> wasScanned(h.id()));
    }

    synchronized void clear(UUID checkpointId) {
        current.remove(checkpointId);
    }

    synchronized boolean wasScanned(UUID householdId) {
        Instant at = householdId == null ? null : scanned.get(householdId);
        return at != null && at.plus(VALID_FOR).isAfter(clock.instant());
    }

    synchronized Optional<UUID> convoy(UUID checkpointId) {
        return Optional.ofNullable(convoys.get(checkpointId));
    }

    synchronized void convoy(UUID checkpointId, UUID convoyId) {
        if (convoyId == null) {
            convoys.remove(checkpointId);
        } else {
            convoys.put(checkpointId, convoyId);
        }
    }
}
