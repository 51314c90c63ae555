package org.safepassage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.SafePassageApplication;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesAPlanWhereEveryHouseholdAppearsExactlyOnce() throws Exception {
        Path instance = write("instance.json", """
                { "households": [
                    { "ref": "H-1", "size": 6, "destination": "Homs", "medicalSeats": 0, "wheelchairSpaces": 0,
                      "priority": 0, "registeredOn": "2017-03-02", "block": "B-1" },
                    { "ref": "H-2", "size": 3, "destination": "Homs", "medicalSeats": 1, "wheelchairSpaces": 0,
                      "priority": 4, "registeredOn": "2019-01-15", "block": "B-1" },
                    { "ref": "H-3", "size": 5, "destination": "Daraa", "medicalSeats": 0, "wheelchairSpaces": 1,
                      "priority": 3, "registeredOn": "2020-07-01", "block": null },
                    { "ref": "H-4", "size": 9, "destination": "Daraa", "medicalSeats": 0, "wheelchairSpaces": 0,
                      "priority": 0, "registeredOn": "2024-07-01" } ],
                  "vehicles": [
                    { "ref": "BUS-1", "seats": 12, "medicalSeats": 0, "wheelchairSpaces": 1 },
                    { "ref": "AMB-1", "seats": 4, "medicalSeats": 2, "wheelchairSpaces": 1, "destination": "Homs" },
                    { "ref": "BUS-2", "seats": 12, "medicalSeats": 0, "wheelchairSpaces": 0, "destination": null },
                    { "ref": "BUS-3", "seats": 12, "medicalSeats": 0, "wheelchairSpaces": 0 } ] }
                """);
        Path planFile = dir.resolve("plan.json");

        int exit = run("plan", "--input", instance.toString(), "--out", planFile.toString(), "--seconds", "1");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Planned 4 of 4 households").contains(planFile.toString());
        JsonNode plan = JSON.readTree(planFile.toFile());
        assertThat(plan.propertyNames()).containsExactly("assignments", "unassigned", "score");
        List<String> seen = new ArrayList<>();
        plan.get("assignments").forEach(a -> seen.add(a.get("household").stringValue()));
        plan.get("unassigned").forEach(ref -> seen.add(ref.stringValue()));
        assertThat(seen).containsExactlyInAnyOrder("H-1", "H-2", "H-3", "H-4");
        assertThat(vehicleOf(plan, "H-2")).isEqualTo("AMB-1");
        assertThat(vehicleOf(plan, "H-1")).isNotEqualTo(vehicleOf(plan, "H-3"));
        assertThat(plan.get("score").stringValue()).startsWith("[0]hard/");
    }

    @Test
    void refusesAnInvalidInstanceWithExitCode2NamingTheField() throws Exception {
        Path instance = write("broken.json", """
                { "households": [
                    { "ref": "H-1", "size": 0, "destination": "Homs", "medicalSeats": 0, "wheelchairSpaces": 0,
                      "priority": 0, "registeredOn": "2017-03-02" } ] }
                """);
        Path planFile = dir.resolve("plan.json");

        int exit = run("plan", "--input", instance.toString(), "--out", planFile.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .contains("households[0].size: must be a positive integer")
                .contains("vehicles: is required");
        assertThat(planFile).doesNotExist();
    }

    @Test
    void benchPlanPrintsOneLineOfFiguresForSolverAndBaseline() throws Exception {
        var stdout = new java.io.ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new java.io.PrintStream(stdout, true, "UTF-8"));
        int exit;
        try {
            exit = run("bench", "plan", "--size", "300", "--fleet", "short", "--seconds", "1", "--seed", "4");
        } finally {
            System.setOut(original);
        }

        assertThat(exit).isZero();
        String[] lines = stdout.toString("UTF-8").strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode figures = JSON.readTree(lines[0]);
        assertThat(figures.get("people").intValue()).isEqualTo(300);
        for (String plan : List.of("solver", "baseline")) {
            assertThat(figures.get(plan).get("hardViolations").intValue()).isZero();
            assertThat(figures.get(plan).has("priorityInversions")).isTrue();
            assertThat(figures.get(plan).has("vehiclesPerBlock")).isTrue();
        }
        assertThat(figures.get("solver").get("priorityInversions").intValue()).isZero();
    }

    private int run(String... args) {
        var commandLine = SafePassageCli.commandLine(SafePassageApplication.class);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String vehicleOf(JsonNode plan, String household) {
        for (JsonNode assignment : plan.get("assignments")) {
            if (assignment.get("household").stringValue().equals(household)) {
                return assignment.get("vehicle").stringValue();
            }
        }
        return null;
    }
}
