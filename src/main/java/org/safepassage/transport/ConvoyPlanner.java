package org.safepassage.transport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.safepassage.transport.solver.ConvoySolverConfig;
import org.safepassage.transport.solver.FirstFitDecreasing;
import org.safepassage.transport.solver.FleetAllocation;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Plans who rides which vehicle. Works without the database: the {@code plan} command and the benchmark use it
 * directly, the convoy pages through the Spring bean. Jobs run one after the other on a background thread; each
 * stops by its time limit, when asked, or when its plan has not improved for a fifth of the limit.
 */
public final class ConvoyPlanner implements AutoCloseable {

    /** How long closing waits for a running job to hand over its best plan. */
    private static final Duration HANDOVER = Duration.ofSeconds(10);

    private final SolverManager<FleetAllocation, UUID> solverManager;
    private final SolutionManager<FleetAllocation, BendableLongScore> solutionManager;
    private final Map<UUID, PlanningJob> unfinished = new ConcurrentHashMap<>();
    /** Stops jobs by the wall clock: the solver's own clock starts only once the job is set up. */
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "convoy-planning-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    public ConvoyPlanner() {
        this(EnvironmentMode.NON_REPRODUCIBLE);
    }

    /** Tests pass an asserting mode so that a score corrupted by a constraint shows up at once. */
    ConvoyPlanner(EnvironmentMode environmentMode) {
        SolverFactory<FleetAllocation> solverFactory = SolverFactory.create(ConvoySolverConfig.of(environmentMode));
        this.solverManager = SolverManager.create(solverFactory);
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    /**
     * Starts solving in the background and returns at once.
     *
     * @param limit    the longest the job may take once it starts solving (jobs solve one at a time, so a job may
     *                 first wait for others)
     * @param progress told about better plans (at most twice a second) and, last, about the final plan; called on
     *                 a solver thread, so it must be quick and thread-safe; may be {@code null}
     */
    public PlanningJob start(PlanningInstance instance, Duration limit, Consumer<PlanningProgress> progress) {
        Objects.requireNonNull(instance, "instance");
        requirePositive(limit);
        UUID id = UUID.randomUUID();
        var job = new PlanningJob(id, progress, () -> solverManager.terminateEarly(id));
        FleetAllocation problem = AllocationMapping.toAllocation(instance);
        if (problem.getUnits().isEmpty() || problem.getVehicles().isEmpty()) {
            // nothing to choose: everyone stays (or there is nobody); the solver would only idle until the limit
            solutionManager.update(problem);
            job.finished(problem);
            return job;
        }
        unfinished.put(id, job);
        job.finalPlan().whenComplete((plan, error) -> unfinished.remove(id));
        solverManager.solveBuilder()
                .withProblemId(id)
                .withProblem(problem)
                .withConfigOverride(new SolverConfigOverride<FleetAllocation>().withTerminationConfig(termination(limit)))
                .withSolverJobStartedConsumer(started -> stopInTime(job, limit))
                .withBestSolutionEventConsumer(event -> job.improved(event.solution()))
                .withFinalBestSolutionConsumer(job::finished)
                .withExceptionHandler((problemId, error) -> job.failed(error))
                .run();
        return job;
    }

    /** Solves and waits for the final plan. */
    public ConvoyPlan solve(PlanningInstance instance, Duration limit, Consumer<PlanningProgress> progress)
            throws InterruptedException {
        return start(instance, limit, progress).awaitPlan();
    }

    /** The plain first-fit-decreasing baseline, scored like a solved plan so that the two compare. */
    public ConvoyPlan firstFitDecreasing(PlanningInstance instance) {
        FleetAllocation allocation = AllocationMapping.toAllocation(instance);
        FirstFitDecreasing.place(allocation.getUnits(), allocation.getVehicles()).forEach((unit, vehicle) -> unit.setVehicle(vehicle));
        solutionManager.update(allocation);
        return AllocationMapping.toPlan(allocation);
    }

    /**
     * Stops running jobs, waiting a little for each to hand over its best plan as final, then the solver threads. A
     * job that could not finish (still queued, or too slow to hand over) fails rather than wait forever.
     */
    @Override
    public void close() {
        List<PlanningJob> jobs = List.copyOf(unfinished.values());
        jobs.forEach(PlanningJob::stop);
        jobs.forEach(job -> job.awaitFinished(HANDOVER));
        solverManager.close();
        deadlines.shutdownNow();
        jobs.forEach(job -> job.failed(new IllegalStateException("The planner was closed before the job finished")));
    }

    private void stopInTime(PlanningJob job, Duration limit) {
        job.solvingStarted();
        ScheduledFuture<?> deadline = deadlines.schedule(job::stop, solvingTime(limit).toMillis(), TimeUnit.MILLISECONDS);
        job.finalPlan().whenComplete((plan, error) -> deadline.cancel(false));
    }

    /**
     * The limit is when the caller has the plan: solving stops a little earlier, leaving time to hand it over (well
     * under a second for a whole camp on an idle machine, a few on a busy one).
     */
    private static Duration solvingTime(Duration limit) {
        Duration margin = limit.dividedBy(10);
        return limit.minus(margin.compareTo(Duration.ofSeconds(3)) > 0 ? Duration.ofSeconds(3) : margin);
    }

    private static TerminationConfig termination(Duration limit) {
        Duration unimproved = limit.dividedBy(5);
        return new TerminationConfig()
                .withSpentLimit(solvingTime(limit))
                .withUnimprovedSpentLimit(unimproved.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : unimproved);
    }

    private static void requirePositive(Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }
}
