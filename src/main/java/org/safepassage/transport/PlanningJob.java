package org.safepassage.transport;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.safepassage.transport.solver.FleetAllocation;

/**
 * A plan being solved in the background. The best plan so far is always at hand ({@link #bestPlan()}); stopping
 * keeps it, and it becomes the final plan.
 */
public final class PlanningJob {

    /** A page or a database row does not need more than a few updates a second. */
    static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);

    private final UUID id;
    private final long startedNanos = System.nanoTime();
    private final Consumer<PlanningProgress> listener;
    private final Runnable stopper;
    private final CompletableFuture<ConvoyPlan> finalPlan = new CompletableFuture<>();
    private volatile FleetAllocation best;
    private long lastReportNanos;
    private boolean started;

    PlanningJob(UUID id, Consumer<PlanningProgress> listener, Runnable stopper) {
        this.id = id;
        this.listener = listener == null ? progress -> { } : listener;
        this.stopper = stopper;
    }

    public UUID id() {
        return id;
    }

    /** The best plan found so far, empty until the first placement is done. */
    public Optional<ConvoyPlan> bestPlan() {
        FleetAllocation current = best;
        return Optional.ofNullable(current).map(AllocationMapping::toPlan);
    }

    public boolean isSolving() {
        return !finalPlan.isDone();
    }

    /**
     * Asks the solver to stop soon; the best plan so far becomes the final plan. A job still waiting for its turn
     * is cancelled: it has no plan. Stopping twice is harmless.
     */
    public void stop() {
        boolean waiting;
        synchronized (this) {
            waiting = !started;
        }
        if (isSolving()) {
            stopper.run();
        }
        if (waiting) {
            finalPlan.completeExceptionally(new CancellationException("Planning job " + id + " stopped before it started"));
        }
    }

    /** The final plan, once the job finished. */
    public CompletableFuture<ConvoyPlan> finalPlan() {
        return finalPlan.copy();
    }

    /**
     * Waits for the final plan.
     *
     * @throws java.util.concurrent.CancellationException when the job was stopped before it started
     */
    public ConvoyPlan awaitPlan() throws InterruptedException {
        try {
            return finalPlan.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Planning job " + id + " failed", e.getCause());
        }
    }

    synchronized void solvingStarted() {
        started = true;
    }

    /** Whether the job finished (or failed) within the time; an interrupted wait keeps the interrupt. */
    boolean awaitFinished(Duration timeout) {
        try {
            finalPlan.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    void improved(FleetAllocation allocation) {
        best = allocation;
        long now = System.nanoTime();
        synchronized (this) {
            if (now - lastReportNanos < PROGRESS_INTERVAL.toNanos()) {
                return;
            }
            lastReportNanos = now;
        }
        listener.accept(new PlanningProgress(id, AllocationMapping.toPlan(allocation), elapsed(), false));
    }

    void finished(FleetAllocation allocation) {
        best = allocation;
        ConvoyPlan plan = AllocationMapping.toPlan(allocation);
        listener.accept(new PlanningProgress(id, plan, elapsed(), true));
        finalPlan.complete(plan);
    }

    /** No effect once the job has its final plan. */
    void failed(Throwable error) {
        finalPlan.completeExceptionally(error);
    }
}
