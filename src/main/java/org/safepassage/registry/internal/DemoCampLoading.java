package org.safepassage.registry.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.safepassage.registry.DemoCamp;
import org.safepassage.registry.ImportResult;
import org.safepassage.registry.internal.imports.ImportEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty embedded database, loads a demo camp through the real import so that a
 * newcomer sees a living camp. Runs in the background: the server answers meanwhile, and the registry pages
 * say that the demo camp is loading.
 */
@Component
public class DemoCampLoading implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCampLoading.class);

    /** What the pages show while loading: the phase and how many rows are read so far. */
    public record Status(String phase, long rows, int people) {
    }

    private final RegistryReads reads;
    private final ImportEngine imports;
    private final boolean enabled;
    private final boolean external;
    private final int people;
    private final long seed;
    private final AtomicReference<Status> status = new AtomicReference<>();

    DemoCampLoading(RegistryReads reads, ImportEngine imports,
            @Value("${safepassage.demo.load-on-first-start:true}") boolean enabled,
            @Value("${safepassage.db.url:}") String externalUrl,
            @Value("${safepassage.demo.people:" + DemoCamp.DEFAULT_PEOPLE + "}") int people,
            @Value("${safepassage.demo.seed:" + DemoCamp.DEFAULT_SEED + "}") long seed) {
        this.reads = reads;
        this.imports = imports;
        this.enabled = enabled;
        this.external = externalUrl != null && !externalUrl.isBlank();
        this.people = people;
        this.seed = seed;
    }

    /** Null unless the demo camp is being loaded now. */
    public Status status() {
        return status.get();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || external || reads.individualCount() > 0 || reads.householdCount() > 0) {
            return;
        }
        status.set(new Status("STARTING", 0, people));
        var loader = new Thread(this::load, "demo-camp-loading");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("safepassage-demo-");
            log.info("Empty registry: generating a demo camp of {} people (seed {})", people, seed);
            DemoCamp.generate(people, seed).writeTo(dir);
            Path file = dir.resolve(DemoCamp.CAMP_FILE);
            ImportResult result = imports.importFile(file, "demo " + DemoCamp.CAMP_FILE, false, (phase, rows) -> {
                status.set(new Status(phase, rows, people));
                log.info("Demo camp: {} {} rows", phase.toLowerCase(), rows);
            });
            log.info("Demo camp loaded: {} households, {} individuals", result.householdsAdded(),
                    result.individualsAdded());
        } catch (Exception e) {
            log.error("The demo camp could not be loaded", e);
        } finally {
            status.set(null);
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (java.io.IOException e) {
            log.warn("Could not remove the demo camp's temporary files in {}", dir);
        }
    }
}
