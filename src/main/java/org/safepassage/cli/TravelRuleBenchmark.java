package org.safepassage.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.Destination;
import org.safepassage.registry.RegistryManagement;

/**
 * The travel rule on the demo camp: the camp (N people) and its intentions are loaded as on a first start,
 * then who may travel is asked for every destination, and person by person.
 */
final class TravelRuleBenchmark implements Benchmark {

    @Override
    public String name() {
        return "travel-rule";
    }

    @Override
    public String description() {
        return "Who may travel where, in bulk and person by person, on the demo camp of N people (default 50,000)";
    }

    @Override
    public Map<String, Object> run(BenchCommand options) throws Exception {
        int size = options.sizeOr(50_000);
        long loading = System.nanoTime();
        try (var context = RegistryBenchmarks.emptyDatabase(options, Map.of(
                "safepassage.demo.load-on-first-start", "true", "safepassage.demo.people", size,
                "safepassage.demo.seed", options.seed))) {
            var registry = context.getBean(RegistryManagement.class);
            var consent = context.getBean(ConsentManagement.class);
            // the registry loads the camp in the background; the consent module then records its intentions
            long deadline = System.nanoTime() + 600_000_000_000L;
            while (consent.figures(false).people().value() < registry.individualCount() * 0.99
                    || registry.individualCount() < size * 0.99) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the demo camp and its intentions did not load in 10 minutes");
                }
                Thread.sleep(500);
            }
            double loadSeconds = (System.nanoTime() - loading) / 1e9;

            Map<String, Object> bulk = new LinkedHashMap<>();
            List<UUID> people = new ArrayList<>();
            int travellers = 0;
            long bulkStart = System.nanoTime();
            for (Destination destination : consent.destinations()) {
                long start = System.nanoTime();
                var clear = consent.whoMayTravelTo(destination.id());
                bulk.put(destination.code(), Map.of("individuals", clear.size(), "households",
                        clear.householdIds().size(), "ms", Math.round((System.nanoTime() - start) / 1e6)));
                travellers += clear.size();
                clear.individualIds().stream().limit(200).forEach(people::add);
            }
            double bulkSeconds = (System.nanoTime() - bulkStart) / 1e9;

            var homs = consent.destinationByCode("HOMS").orElseThrow().id();
            long oneByOne = System.nanoTime();
            int agreeing = 0;
            for (UUID person : people) {
                var eligibility = consent.mayTravel(person, homs);
                boolean inBulk = consent.whoMayTravelTo(homs).contains(person);
                agreeing += eligibility.mayTravel() == inBulk ? 1 : 0;
            }
            long start = System.nanoTime();
            for (UUID person : people) {
                consent.mayTravel(person, homs);
            }
            double perPersonMs = (System.nanoTime() - start) / 1e6 / Math.max(1, people.size());
            long figuresStart = System.nanoTime();
            var figures = consent.figures(true);

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("people", registry.individualCount());
            result.put("households", registry.householdCount());
            result.put("load_seconds", round(loadSeconds));
            result.put("surveyed", figures.people().value());
            result.put("may_travel_somewhere", travellers);
            result.put("who_may_travel_all_destinations_seconds", round(bulkSeconds));
            result.put("by_destination", bulk);
            result.put("may_travel_one_person_ms", round(perPersonMs));
            result.put("one_by_one_agrees_with_bulk", agreeing + "/" + people.size());
            result.put("dashboard_seconds", round((System.nanoTime() - figuresStart) / 1e9));
            result.put("checked_seconds", round((System.nanoTime() - oneByOne) / 1e9));
            return result;
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
