package org.safepassage.transport.route;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.corridor.Checkpoint;
import org.safepassage.corridor.Corridor;
import org.safepassage.corridor.CorridorManagement;
import org.safepassage.corridor.Passage;
import org.springframework.stereotype.Component;

/** Routes and sightings read from the corridor module's facade: transport keeps no copy of either. */
@Component
class CorridorRoutes implements Routes {

    private final CorridorManagement corridors;

    CorridorRoutes(CorridorManagement corridors) {
        this.corridors = corridors;
    }

    @Override
    public List<Route> all() {
        return corridors.corridors().stream().map(this::route).toList();
    }

    @Override
    public Optional<Route> route(UUID corridorId) {
        return corridors.corridor(corridorId).map(this::route);
    }

    @Override
    public List<Sighting> sightingsOfConvoy(UUID convoyId) {
        return corridors.passagesOfConvoy(convoyId).stream().map(CorridorRoutes::sighting).toList();
    }

    private Route route(Corridor corridor) {
        return new Route(corridor.id(), corridor.code(), corridor.nameEn(), corridor.nameAr(),
                corridor.status() != null && corridor.status().allowsMovement(),
                corridor.destinations().stream().map(d -> d.code()).collect(Collectors.toSet()),
                corridors.checkpoints(corridor.id()).stream().map(CorridorRoutes::stop).toList());
    }

    private static Stop stop(Checkpoint checkpoint) {
        return new Stop(checkpoint.id(), checkpoint.sequence(), checkpoint.code(), checkpoint.nameEn(),
                checkpoint.nameAr(), checkpoint.expectedMinutesFromCamp());
    }

    private static Sighting sighting(Passage passage) {
        return new Sighting(passage.checkpointId(), passage.checkpointSequence(), passage.passedAt(),
                passage.householdId(), passage.individualIds(), passage.personCount());
    }
}
