package org.safepassage.cli;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.safepassage.registry.DemoCamp;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.shared.PageRequest;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** The registry's benchmarks: bulk import against raw COPY, and search latency. */
final class RegistryBenchmarks {

    private RegistryBenchmarks() {
    }

    /** A fresh, throw-away embedded database, so that an import always starts from an empty registry. */
    static ConfigurableApplicationContext emptyDatabase(BenchCommand options) {
        return emptyDatabase(options, Map.of());
    }

    /** The same, with more settings (a demo camp to load on start, say). */
    static ConfigurableApplicationContext emptyDatabase(BenchCommand options, Map<String, Object> settings) {
        System.setProperty(org.safepassage.security.CurrentActor.OPERATOR_PROPERTY, "cli:bench");
        Map<String, Object> all = new LinkedHashMap<>(settings);
        all.put("safepassage.db.ephemeral", "true");
        all.put("safepassage.db.url", "");
        return options.parent.contexts().start(WebApplicationType.NONE, all, true);
    }

    static final class ImportBenchmark implements Benchmark {
        @Override
        public String name() {
            return "import";
        }

        @Override
        public String description() {
            return "Import N generated individuals through the registry's import, and COPY the same rows raw";
        }

        @Override
        public Map<String, Object> run(BenchCommand options) throws Exception {
            int size = options.sizeOr(100_000);
            Path dir = Files.createTempDirectory("safepassage-bench-");
            Path file = dir.resolve(DemoCamp.CAMP_FILE);
            try (var context = emptyDatabase(options)) {
                var registry = context.getBean(RegistryManagement.class);
                writeCamp(dir, size, options.seed);
                // when each phase of the import began, to show where its time goes
                Map<String, Double> began = new LinkedHashMap<>();
                began.put("READING", 0.0);
                long start = System.nanoTime();
                var result = registry.importFile(file, "camp.csv", false, (phase, rows) -> {
                    double at = (System.nanoTime() - start) / 1e9;
                    if (began.putIfAbsent(phase, at) == null) {
                        System.err.printf("%s at %.2f s%n", phase, at);
                    }
                });
                double importSeconds = (System.nanoTime() - start) / 1e9;
                if (!result.stored()) {
                    throw new IllegalStateException("generated file rejected: " + result.report().errors().get(0));
                }
                // the inverted indexes are built after the import committed; searches are slower until then
                registry.awaitIndexes();
                double indexedSeconds = (System.nanoTime() - start) / 1e9;
                double copySeconds = rawCopy(context.getBean(DataSource.class), file);
                double floorSeconds = registry.storedPeopleCopySeconds();
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("rows", size);
                figures.put("individuals_in_registry", registry.individualCount());
                figures.put("households_in_registry", registry.householdCount());
                figures.put("import_seconds", round(importSeconds));
                figures.put("copy_seconds", round(copySeconds));
                figures.put("import_rows_per_s", Math.round(size / importSeconds));
                figures.put("copy_rows_per_s", Math.round(size / copySeconds));
                figures.put("ratio", round(copySeconds / importSeconds));
                figures.put("phases", phases(began, importSeconds));
                figures.put("search_index_ready_seconds", round(indexedSeconds));
                figures.put("ratio_until_search_index_ready", round(copySeconds / indexedSeconds));
                // the same rows as the registry stores them, binary COPY into an empty table without index:
                // the best ratio any import storing them could reach
                figures.put("stored_rows_copy_seconds", round(floorSeconds));
                figures.put("best_possible_ratio", round(copySeconds / floorSeconds));
                return figures;
            } finally {
                deleteAll(dir);
            }
        }

        /** Seconds spent in each phase (until the next began); DONE is the commit, after the last phase. */
        private static Map<String, Double> phases(Map<String, Double> began, double end) {
            Map<String, Double> seconds = new LinkedHashMap<>();
            List<Map.Entry<String, Double>> starts = new ArrayList<>(began.entrySet());
            for (int i = 0; i < starts.size(); i++) {
                String phase = starts.get(i).getKey();
                if (!"DONE".equals(phase)) {
                    double until = i + 1 < starts.size() ? starts.get(i + 1).getValue() : end;
                    seconds.put(phase.toLowerCase(java.util.Locale.ROOT), round(until - starts.get(i).getValue()));
                }
            }
            return seconds;
        }

        private static double rawCopy(DataSource dataSource, Path file) throws Exception {
            try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS bench_raw_copy");
                String header;
                try (var lines = Files.lines(file)) {
                    header = lines.findFirst().orElseThrow();
                }
                statement.execute("CREATE TABLE bench_raw_copy (" + String.join(" text, ", header.split(","))
                        + " text)");
                long start = System.nanoTime();
                try (Reader reader = Files.newBufferedReader(file)) {
                    connection.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("COPY bench_raw_copy FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                statement.execute("DROP TABLE bench_raw_copy");
                return seconds;
            }
        }
    }

    static final class SearchBenchmark implements Benchmark {
        @Override
        public String name() {
            return "search";
        }

        @Override
        public String description() {
            return "Registry search latency (median, p95) on a generated camp of N people (default 50,000)";
        }

        @Override
        public Map<String, Object> run(BenchCommand options) throws Exception {
            int size = options.sizeOr(50_000);
            Path dir = Files.createTempDirectory("safepassage-bench-");
            Path file = dir.resolve(DemoCamp.CAMP_FILE);
            try (var context = emptyDatabase(options)) {
                var registry = context.getBean(RegistryManagement.class);
                writeCamp(dir, size, options.seed);
                List<String[]> probes = probes(file);
                registry.importFile(file, "camp.csv", false, null);
                registry.awaitIndexes();
                List<String> queries = new ArrayList<>();
                for (String[] row : probes) {
                    queries.add(row[3] + " " + row[5]);       // Latin given + family
                    queries.add(row[6] + " " + row[8]);       // Arabic given + family
                    queries.add(row[1]);                      // individual ref
                    queries.add(row[13]);                     // block
                    queries.add(row[6]);                      // one common Arabic name
                    if (!row[14].isEmpty()) {
                        queries.add(row[14]);                 // phone
                    }
                }
                for (int i = 0; i < 50; i++) {
                    registry.search(queries.get(i % queries.size()), PageRequest.first()); // warm up
                }
                List<Double> millis = new ArrayList<>();
                for (String query : queries) {
                    long start = System.nanoTime();
                    registry.search(query, PageRequest.first());
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                millis.sort(Double::compare);
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("people", registry.individualCount());
                figures.put("queries", millis.size());
                figures.put("median_ms", round(millis.get(millis.size() / 2)));
                figures.put("p95_ms", round(millis.get((int) (millis.size() * 0.95))));
                figures.put("max_ms", round(millis.get(millis.size() - 1)));
                return figures;
            } finally {
                deleteAll(dir);
            }
        }
    }

    /** The demo camp in the template (its generator is the one `demo` uses). */
    static void writeCamp(Path dir, int people, long seed) throws java.io.IOException {
        DemoCamp.generate(people, seed).writeTo(dir);
    }

    static void deleteAll(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** Every 97th row of the file, split into cells, to search for. */
    static List<String[]> probes(Path file) throws java.io.IOException {
        List<String[]> probes = new ArrayList<>();
        try (var lines = Files.lines(file)) {
            var iterator = lines.skip(1).iterator();
            for (int n = 1; iterator.hasNext(); n++) {
                String line = iterator.next();
                if (n % 97 == 0) {
                    probes.add(line.split(",", -1));
                }
            }
        }
        return probes;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
