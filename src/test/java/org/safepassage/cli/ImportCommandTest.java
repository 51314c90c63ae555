package org.safepassage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.SafePassageApplication;

/** The import command as a script sees it: exit codes 0, 2 and 1, and the JSON report of a rejected file. */
class ImportCommandTest {

    @Test
    void importsAValidFileRejectsABrokenOneAndFailsOnAMissingOne(@TempDir Path dir) throws Exception {
        Path camp = dir.resolve("camp");
        assertThat(run("demo", "--people", "300", "--seed", "7", "--out", camp.toString())).isZero();
        Path file = camp.resolve("camp.csv");
        var lines = Files.readAllLines(file);
        lines.set(3, lines.get(3).replaceFirst(",([FM]),", ",W,"));
        Path broken = dir.resolve("broken.csv");
        Files.write(broken, lines);
        Path report = dir.resolve("report.json");
        Path data = dir.resolve("data");

        int rejected = run("--data-dir", data.toString(), "import", broken.toString(), "--report", report.toString());
        int imported = run("--data-dir", data.toString(), "import", file.toString());
        int missing = run("--data-dir", data.toString(), "import", dir.resolve("nothing.csv").toString());

        assertThat(rejected).isEqualTo(ImportCommand.REJECTED);
        assertThat(Files.readString(report)).contains("\"row\" : 4").contains("\"column\" : \"sex\"")
                .contains("\"rule\" : \"bad-sex\"").contains("\"imported\" : 0");
        assertThat(imported).isZero();
        assertThat(missing).isEqualTo(ImportCommand.FAILED);
    }

    private static int run(String... args) {
        return SafePassageCli.commandLine(SafePassageApplication.class).execute(args);
    }
}
