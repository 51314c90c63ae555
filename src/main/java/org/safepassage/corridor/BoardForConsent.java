package org.safepassage.corridor;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

import org.safepassage.consent.CorridorBoard;
import org.safepassage.corridor.internal.Corridors;
import org.springframework.stereotype.Component;

/**
 * Tells the consent module which destinations have a corridor open now: those served by at least one corridor
 * whose status, derived from its history, is OPEN at this moment. Read on demand, so a status change (or one
 * dated back) shows on the destinations and the consent form at once.
 */
@Component
class BoardForConsent implements CorridorBoard {

    private final Corridors corridors;
    private final Clock clock;

    BoardForConsent(Corridors corridors, Clock clock) {
        this.corridors = corridors;
        this.clock = clock;
    }

    @Override
    public Set<String> destinationsWithOpenCorridor() {
        return corridors.all(clock.instant()).stream().filter(c -> c.status() == CorridorStatus.OPEN)
                .flatMap(c -> c.destinations().stream()).map(Destination::code).collect(Collectors.toUnmodifiableSet());
    }
}
