package org.safepassage.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.safepassage.transport.ConvoyPlan;
import org.safepassage.transport.ConvoyPlanner;
import org.safepassage.transport.PlanningJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Solve a convoy planning instance (JSON) and write the plan (JSON). "
                + "Exit 0 planned, 2 invalid instance (each problem named by its field), 1 other failure.")
class PlanCommand implements Callable<Integer> {

    static final int INVALID = 2;
    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "INSTANCE.json", description = "The planning instance.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "PLAN.json", description = "Where to write the plan.")
    Path out;

    private Duration limit = Duration.ofSeconds(30);

    @Option(names = "--seconds", paramLabel = "S",
            description = "Longest the solver may run (it stops sooner once the plan stops improving). Default: 30.")
    void seconds(int seconds) {
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--seconds must be a positive number of seconds");
        }
        limit = Duration.ofSeconds(seconds);
    }

    @Override
    public Integer call() throws InterruptedException {
        var err = spec.commandLine().getErr();
        String json;
        try {
            json = Files.readString(input, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(input + ": cannot read: " + e.getMessage());
            return FAILED;
        }
        var reading = PlanningJson.read(json);
        if (reading instanceof PlanningJson.Invalid invalid) {
            err.println(input + ": instance refused, nothing planned:");
            invalid.problems().forEach(problem -> err.println("  " + problem));
            return INVALID;
        }
        var instance = ((PlanningJson.Valid) reading).instance();
        ConvoyPlan plan;
        SolverLogs.quiet();
        try (var planner = new ConvoyPlanner()) {
            plan = planner.solve(instance, limit, null);
        }
        try {
            Files.writeString(out, PlanningJson.write(plan), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(out + ": cannot write: " + e.getMessage());
            return FAILED;
        }
        spec.commandLine().getOut().printf("Planned %d of %d households on %d vehicles, %d left behind%s; score %s; "
                        + "plan written to %s%n",
                plan.assignments().size(), instance.units().size(), plan.vehiclesUsed(), plan.unassigned().size(),
                plan.feasible() ? "" : " (INFEASIBLE: a hard rule is broken)", plan.score(), out);
        return 0;
    }
}
