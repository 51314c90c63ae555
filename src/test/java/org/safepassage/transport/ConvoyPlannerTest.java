package org.safepassage.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

class ConvoyPlannerTest {

    private static final LocalDate EARLY = LocalDate.of(2017, 5, 1);
    private static final Duration LIMIT = Duration.ofSeconds(2);

    /** Every move's score recalculated from scratch and compared: a constraint that miscounts fails here. */
    private final ConvoyPlanner planner = new ConvoyPlanner(EnvironmentMode.FULL_ASSERT);

    @AfterEach
    void closePlanner() {
        planner.close();
    }

    @Test
    void everyHouseholdRidesWhenTheFleetIsEnoughAndNoRuleIsBroken() throws InterruptedException {
        var instance = new PlanningInstance(List.of(
                household("H-1", 6, "Homs", 0, 0, 0, "B-1"),
                household("H-2", 5, "Homs", 1, 0, 4, "B-1"),
                household("H-3", 3, "Daraa", 0, 1, 3, "B-2"),
                household("H-4", 8, "Daraa", 0, 0, 0, "B-2"),
                household("H-5", 2, "Homs", 0, 0, 2, "B-3"),
                household("H-6", 7, "Deir-ez-Zor", 0, 0, 1, null)),
                List.of(VehicleCapacity.free("BUS-1", 12, 0, 0),
                        VehicleCapacity.free("BUS-2", 12, 0, 1),
                        VehicleCapacity.free("BUS-3", 12, 0, 0),
                        VehicleCapacity.free("AMB-1", 6, 1, 0),
                        VehicleCapacity.free("BUS-4", 12, 0, 0)));

        ConvoyPlan plan = planner.solve(instance, LIMIT, null);

        assertThat(plan.feasible()).isTrue();
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.assignments()).extracting(ConvoyPlan.Assignment::unit)
                .containsExactly("H-1", "H-2", "H-3", "H-4", "H-5", "H-6");
        assertThat(PlanAssessment.of(instance, plan).violations()).isEmpty();
        assertThat(plan.vehicleOf("H-2")).contains("AMB-1");
    }

    @Test
    void partsOfAHouseholdGoingToDifferentDestinationsRideApartUnderTheirHousehold() throws InterruptedException {
        var instance = new PlanningInstance(List.of(
                new TravellingUnit("H-9/Homs", "H-9", 3, "Homs", 0, 0, 0, EARLY, "B-1"),
                new TravellingUnit("H-9/Daraa", "H-9", 2, "Daraa", 0, 0, 0, EARLY, "B-1")),
                List.of(VehicleCapacity.free("BUS-1", 10, 0, 0), VehicleCapacity.free("BUS-2", 10, 0, 0)));

        ConvoyPlan plan = planner.solve(instance, LIMIT, null);

        assertThat(plan.assignments()).extracting(ConvoyPlan.Assignment::household).containsOnly("H-9");
        assertThat(plan.vehicleOf("H-9/Homs")).isNotEqualTo(plan.vehicleOf("H-9/Daraa"));
        assertThat(PlanAssessment.of(instance, plan).violations()).isEmpty();
    }

    @Test
    void aShortFleetTakesTheMostVulnerableFirst() throws InterruptedException {
        var instance = new PlanningInstance(List.of(
                household("least vulnerable", 4, "Homs", 0, 0, 0, "B-1"),
                household("most vulnerable", 4, "Homs", 0, 0, 3, "B-2"),
                household("at risk", 4, "Homs", 0, 0, 1, "B-3")),
                List.of(VehicleCapacity.free("BUS-1", 9, 0, 0)));

        ConvoyPlan plan = planner.solve(instance, LIMIT, null);

        assertThat(plan.unassigned()).containsExactly("least vulnerable");
        assertThat(PlanAssessment.of(instance, plan).priorityInversions()).isZero();
    }

    @Test
    void aVehicleCommittedToADestinationOnlyTakesThoseWhoConsentedToIt() throws InterruptedException {
        var instance = new PlanningInstance(List.of(
                household("to Homs", 4, "Homs", 0, 0, 0, null),
                household("to Daraa", 4, "Daraa", 0, 0, 0, null)),
                List.of(new VehicleCapacity("BUS-D", 20, 0, 0, "Daraa")));

        ConvoyPlan plan = planner.solve(instance, LIMIT, null);

        assertThat(plan.vehicleOf("to Daraa")).contains("BUS-D");
        assertThat(plan.unassigned()).containsExactly("to Homs");
        assertThat(plan.feasible()).isTrue();
    }

    @Test
    void withoutVehiclesEveryoneStaysAndThePlanSaysSo() throws InterruptedException {
        var instance = new PlanningInstance(List.of(household("H-1", 3, "Homs", 0, 0, 0, null)), List.of());

        ConvoyPlan plan = planner.solve(instance, LIMIT, null);

        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.unassigned()).containsExactly("H-1");
    }

    @Test
    void aBackgroundJobReportsProgressAndKeepsItsBestPlanWhenStopped() throws Exception {
        var instance = SyntheticCamp.instance(400, SyntheticCamp.Fleet.SHORT, 3);
        List<PlanningProgress> progress = new CopyOnWriteArrayList<>();
        try (var fastPlanner = new ConvoyPlanner()) {
            PlanningJob job = fastPlanner.start(instance, Duration.ofMinutes(10), progress::add);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (job.bestPlan().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(job.isSolving()).isTrue();

            job.stop();
            ConvoyPlan plan = job.finalPlan().get(30, TimeUnit.SECONDS);

            assertThat(job.isSolving()).isFalse();
            assertThat(plan.assignments().size() + plan.unassigned().size()).isEqualTo(instance.units().size());
            assertThat(PlanAssessment.of(instance, plan).violations()).isEmpty();
            assertThat(progress).isNotEmpty();
            PlanningProgress last = progress.get(progress.size() - 1);
            assertThat(last.finished()).isTrue();
            assertThat(last.bestPlan()).isEqualTo(plan);
            assertThat(last.job()).isEqualTo(job.id());
        }
    }

    @Test
    void closingThePlannerHandsOverTheBestPlanOfARunningJob() throws Exception {
        var instance = SyntheticCamp.instance(400, SyntheticCamp.Fleet.MIXED, 8);
        var closing = new ConvoyPlanner();
        PlanningJob job = closing.start(instance, Duration.ofMinutes(10), null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (job.bestPlan().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        closing.close();

        assertThat(job.finalPlan()).isCompleted();
        assertThat(job.finalPlan().get().unassigned()).isEmpty();
    }

    @Test
    void theBaselineIsScoredLikeASolvedPlan() {
        var instance = new PlanningInstance(List.of(
                household("small", 2, "Homs", 0, 0, 3, null),
                household("large", 8, "Homs", 0, 0, 0, null)),
                List.of(VehicleCapacity.free("BUS-1", 9, 0, 0)));

        ConvoyPlan baseline = planner.firstFitDecreasing(instance);

        assertThat(baseline.vehicleOf("large")).contains("BUS-1");
        assertThat(baseline.unassigned()).containsExactly("small");
        assertThat(baseline.feasible()).isTrue();
        assertThat(baseline.score()).startsWith("[0]hard/[-6/"); // the vulnerable household of two left behind
    }

    private static TravellingUnit household(String ref, int size, String destination, int medicalSeats,
            int wheelchairSpaces, int priority, String block) {
        return TravellingUnit.wholeHousehold(ref, size, destination, medicalSeats, wheelchairSpaces, priority, EARLY,
                block);
    }
}
