package org.safepassage.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safepassage.transport.ConvoyPlan;
import org.safepassage.transport.ConvoyPlanner;
import org.safepassage.transport.PlanAssessment;
import org.safepassage.transport.PlanningInstance;
import org.safepassage.transport.SyntheticCamp;
import org.safepassage.transport.TravellingUnit;
import org.safepassage.transport.VehicleBound;

/**
 * {@code bench plan}: a synthetic camp planned by the solver and, in the same run, by plain first fit decreasing;
 * both plans checked from scratch and set against a lower bound on the vehicles.
 */
final class PlanBenchmark implements Benchmark {

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String description() {
        return "Convoy planning: solver vs first fit decreasing (--size N people, --fleet uniform|mixed|short, "
                + "--seed S, --seconds S)";
    }

    @Override
    public Map<String, Object> run(BenchCommand options) throws InterruptedException {
        int people = options.sizeOr(50_000);
        var fleet = options.fleet == null ? SyntheticCamp.Fleet.UNIFORM
                : SyntheticCamp.Fleet.valueOf(options.fleet.toUpperCase(Locale.ROOT));
        int seconds = options.seconds == null ? 30 : options.seconds;
        PlanningInstance instance = SyntheticCamp.instance(people, fleet, options.seed);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("fleet", fleet.name().toLowerCase(Locale.ROOT));
        figures.put("seed", options.seed);
        figures.put("people", instance.people());
        figures.put("households", instance.units().size());
        figures.put("fleetVehicles", instance.vehicles().size());
        figures.put("fleetSeats", instance.seats());
        VehicleBound everyone = VehicleBound.of(instance, instance.units());
        figures.put("lowerBound", everyone.value());
        figures.put("lowerBoundCeiling", everyone.ceiling());
        figures.put("lowerBoundL2", everyone.martelloToth());

        SolverLogs.quiet();
        try (var planner = new ConvoyPlanner()) {
            long start = System.nanoTime();
            ConvoyPlan solved = planner.solve(instance, Duration.ofSeconds(seconds), null);
            double solverSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            ConvoyPlan baseline = planner.firstFitDecreasing(instance);
            double baselineSeconds = (System.nanoTime() - start) / 1e9;
            figures.put("solver", figures(instance, solved, solverSeconds, fleet));
            figures.put("baseline", figures(instance, baseline, baselineSeconds, fleet));
        }
        return figures;
    }

    private static Map<String, Object> figures(PlanningInstance instance, ConvoyPlan plan, double seconds,
            SyntheticCamp.Fleet fleet) {
        var assessment = PlanAssessment.of(instance, plan);
        Set<String> carriedRefs = plan.assignments().stream().map(ConvoyPlan.Assignment::unit).collect(Collectors.toSet());
        List<TravellingUnit> carried = instance.units().stream().filter(u -> carriedRefs.contains(u.ref())).toList();
        VehicleBound bound = VehicleBound.of(instance, carried);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("vehicles", assessment.vehiclesUsed());
        figures.put("lowerBound", bound.value());
        figures.put("ratio", round(bound.value() == 0 ? 1.0 : (double) assessment.vehiclesUsed() / bound.value()));
        figures.put("hardViolations", assessment.hardViolations());
        figures.put("unassigned", assessment.unitsLeftBehind());
        figures.put("peopleCarried", assessment.peopleCarried());
        figures.put("needsLeftBehindPlaceable", assessment.needsLeftBehindPlaceable());
        if (fleet == SyntheticCamp.Fleet.SHORT) {
            figures.put("priorityInversions", assessment.priorityInversions());
            figures.put("priorityInversionsIgnoringNeeds", assessment.priorityInversionsIgnoringNeeds());
        }
        figures.put("vehiclesPerBlock", round(assessment.vehiclesPerBlock()));
        figures.put("blockPairsTogether", round(assessment.blockPairsTogether()));
        figures.put("score", plan.score());
        figures.put("seconds", round(seconds));
        return figures;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
