package org.safepassage.transport.journey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.safepassage.transport.route.Stop;

/**
 * A convoy on the road, per vehicle: how many are listed, boarded, seen at each checkpoint in order, arrived,
 * and how many are unaccounted for. Counts only; nobody is named.
 */
public record LiveBoard(UUID convoyId, List<Stop> stops, List<Instant> expectedAt, Instant expectedArrival,
        List<Row> vehicles, Row total) {

    public LiveBoard {
        stops = List.copyOf(stops);
        expectedAt = List.copyOf(expectedAt);
        vehicles = List.copyOf(vehicles);
    }

    /** @param passed people of the row seen at each stop, in the order of {@link #stops} */
    public record Row(UUID vehicleId, String vehicleRef, int listed, int boarded, List<Integer> passed, int arrived,
            int unaccounted) {
        public Row {
            passed = List.copyOf(passed);
        }

        /** Boarded and not yet arrived. */
        public int onTheRoad() {
            return boarded - arrived;
        }
    }
}
