package org.safepassage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void writesTheCampAndItsDuplicatesIntoTheDirectory(@TempDir Path directory) throws Exception {
        Path out = directory.resolve("camp");
        int exit = SafePassageCli.commandLine(Object.class)
                .execute("demo", "--people", "600", "--seed", "5", "--out", out.toString());
        assertThat(exit).isZero();
        assertThat(Files.readAllLines(out.resolve("camp.csv"))).hasSize(601);
        assertThat(Files.readAllLines(out.resolve("duplicates.csv")).get(0)).isEqualTo("individual_ref_a,individual_ref_b");
    }
}
