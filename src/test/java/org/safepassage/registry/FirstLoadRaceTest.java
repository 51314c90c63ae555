package org.safepassage.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Two clerks upload the same file into an empty registry at once: one loads it, the other finds it loaded. */
@SafePassageTest
// a context (and so a database) of its own: the registry starts empty
@TestPropertySource(properties = "safepassage.registry.import-test=first-load-race")
class FirstLoadRaceTest {

    @Autowired
    RegistryManagement registry;

    @TempDir
    Path dir;

    @Test
    void twoFirstLoadsOfTheSameFileAddItsPeopleOnce() throws Exception {
        var rows = new ArrayList<String>();
        for (int i = 0; i < 200; i++) {
            rows.addAll(ImportTest.family("RACE-" + i));
        }
        Path file = dir.resolve("camp.csv");
        Files.writeString(file, ImportTest.HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        var start = new CyclicBarrier(2);

        List<CompletableFuture<ImportResult>> imports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            imports.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return registry.importFile(file, "camp.csv", false, null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        var results = imports.stream().map(CompletableFuture::join).toList();

        assertThat(results).allSatisfy(r -> assertThat(r.stored()).isTrue());
        assertThat(results).extracting(ImportResult::individualsAdded).containsExactlyInAnyOrder(600, 0);
        assertThat(results).extracting(ImportResult::individualsUnchanged).containsExactlyInAnyOrder(0, 600);
        assertThat(registry.individualCount()).isEqualTo(600);
        assertThat(registry.householdCount()).isEqualTo(200);
    }
}
