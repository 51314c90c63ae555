package org.safepassage.corridor;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Corridors for tests, with codes unique per run (tests share one database). */
public final class CorridorFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CorridorFixtures() {
    }

    public record TestCorridor(UUID id, String code, List<UUID> checkpoints) {
        public UUID first() {
            return checkpoints.get(0);
        }

        public UUID second() {
            return checkpoints.get(1);
        }
    }

    public static String uniqueCode(String prefix) {
        return prefix + (System.nanoTime() % 100_000) + SEQUENCE.incrementAndGet();
    }

    /** A corridor out of the camp with two checkpoints, 60 and 180 minutes away, both offering food and screening. */
    public static TestCorridor corridor(CorridorAdministration administration) {
        String code = uniqueCode("T");
        var corridor = administration.createCorridor(new CorridorDetails(code, "Test corridor " + code,
                "ممر تجريبي " + code, "Camp", "Homs", "Test authority",
                new Route(List.of(new GeoPoint(38.70, 33.29), new GeoPoint(38.18, 33.58), new GeoPoint(38.28, 34.55))),
                List.of(new Destination("HOMS", "Homs", "حمص"))));
        UUID id = saved(corridor);
        UUID first = saved(administration.addCheckpoint(id, new CheckpointDetails(code + "-1", "First " + code,
                "الأولى " + code, 1, new GeoPoint(38.18, 33.58), 60, "Army", new OpeningHours(LocalTime.MIN,
                        LocalTime.of(23, 59)), 200, "Liaison", "+963 900 000 000")));
        UUID second = saved(administration.addCheckpoint(id, new CheckpointDetails(code + "-2", "Second " + code,
                "الثانية " + code, 2, new GeoPoint(38.28, 34.55), 180, "Police", null, null, null, null)));
        for (UUID checkpoint : List.of(first, second)) {
            saved(administration.setServices(checkpoint, List.of(
                    new ServiceOffer(ServiceType.FOOD, Availability.AVAILABLE),
                    new ServiceOffer(ServiceType.MEDICAL_SCREENING, Availability.LIMITED))));
        }
        return new TestCorridor(id, code, List.of(first, second));
    }

    static UUID saved(Outcome outcome) {
        if (!(outcome instanceof Outcome.Saved saved)) {
            throw new IllegalStateException("fixture refused: " + outcome);
        }
        return saved.id();
    }
}
