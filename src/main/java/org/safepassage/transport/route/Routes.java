package org.safepassage.transport.route;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What transport reads of corridors and checkpoints: routes, and who of a convoy was seen where. */
public interface Routes {

    List<Route> all();

    Optional<Route> route(UUID corridorId);

    /** Passages in force recorded for the convoy, in time order. */
    List<Sighting> sightingsOfConvoy(UUID convoyId);
}
