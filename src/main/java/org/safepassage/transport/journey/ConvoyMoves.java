package org.safepassage.transport.journey;

import java.time.Clock;
import java.util.UUID;

import org.safepassage.transport.Outcome;
import org.safepassage.transport.convoy.Convoy;
import org.safepassage.transport.convoy.ConvoyOperations;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.manifest.ManifestFreezing;
import org.safepassage.transport.route.Route;
import org.safepassage.transport.route.Routes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a convoy after its manifests are frozen, with what each needs besides the convoy's own status:
 * boarding starts only while the corridor is open; a convoy leaves only with someone on board.
 */
@Service
public class ConvoyMoves {

    public enum Move { START_BOARDING, DEPART, ARRIVE, ABORT, REOPEN }

    private final ConvoyOperations operations;
    private final ManifestFreezing freezing;
    private final Convoys convoys;
    private final Routes routes;
    private final TravelEvents events;
    private final Clock clock;

    ConvoyMoves(ConvoyOperations operations, ManifestFreezing freezing, Convoys convoys, Routes routes,
            TravelEvents events, Clock clock) {
        this.operations = operations;
        this.freezing = freezing;
        this.convoys = convoys;
        this.routes = routes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome move(UUID convoyId, Move move, String reason) {
        var convoy = convoys.find(convoyId).orElse(null);
        if (convoy == null) {
            return Outcome.rejected("convoy.error.notFound");
        }
        if (move == null) {
            return Outcome.rejected("move", "convoy.error.move");
        }
        return switch (move) {
            case START_BOARDING -> routes.route(convoy.corridorId()).filter(Route::open).isEmpty()
                    ? Outcome.rejected("convoy.refused.corridorNotOpen")
                    : operations.move(convoyId, Convoy::startBoarding, null);
            case DEPART -> events.first(convoyId, TravelKind.BOARDED).isEmpty()
                    ? Outcome.rejected("convoy.refused.nobodyBoarded")
                    : operations.move(convoyId, c -> c.depart(clock.instant()), null);
            case ARRIVE -> operations.move(convoyId, c -> c.arrive(clock.instant()), null);
            case ABORT -> operations.move(convoyId, c -> c.abort(reason), reason == null ? null : reason.strip());
            case REOPEN -> freezing.reopen(convoyId);
        };
    }
}
