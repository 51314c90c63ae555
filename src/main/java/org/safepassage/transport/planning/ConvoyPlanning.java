package org.safepassage.transport.planning;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.safepassage.shared.Ids;
import org.safepassage.transport.ConvoyPlan;
import org.safepassage.transport.ConvoyPlanner;
import org.safepassage.transport.Outcome;
import org.safepassage.transport.PlanningJob;
import org.safepassage.transport.PlanningProgress;
import org.safepassage.transport.config.TransportProperties;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.convoy.Convoys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans a convoy in the background with the {@link ConvoyPlanner}: builds its instance from the database, keeps
 * every better plan in PostgreSQL as it is found, stops when asked or at the time limit, and keeps the best plan.
 * Only the handle to stop a running job lives in memory; a run whose application stopped is marked interrupted,
 * with its best plan kept.
 */
@Service
public class ConvoyPlanning {

    private static final Logger log = LoggerFactory.getLogger(ConvoyPlanning.class);

    private final ConvoyPlanner planner;
    private final ConvoyInstances instances;
    private final PlanningRuns runs;
    private final Convoys convoys;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final TransportProperties properties;
    private final Clock clock;
    private final Map<UUID, PlanningJob> running = new ConcurrentHashMap<>();

    ConvoyPlanning(ConvoyPlanner planner, ConvoyInstances instances, PlanningRuns runs, Convoys convoys,
            TransactionTemplate transactions, AuditLog audit, CurrentActor actor, TransportProperties properties,
            Clock clock) {
        this.planner = planner;
        this.instances = instances;
        this.runs = runs;
        this.convoys = convoys;
        this.transactions = transactions;
        this.audit = audit;
        this.actor = actor;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a planning run for the convoy; returns the run's id at once. */
    public Outcome start(UUID convoyId) {
        return start(convoyId, properties.planningTimeLimit());
    }

    public Outcome start(UUID convoyId, Duration limit) {
        var convoy = convoys.find(convoyId);
        if (convoy.isEmpty()) {
            return Outcome.rejected("convoy.error.notFound");
        }
        if (convoy.get().status() != ConvoyStatus.PLANNING) {
            return Outcome.rejected("planning.refused.notPlanning");
        }
        if (latest(convoyId).filter(PlanningRun::solving).isPresent()) {
            return Outcome.rejected("planning.refused.alreadySolving");
        }
        UUID runId = Ids.newId(clock);
        PlanningDraft draft = transactions.execute(status -> {
            var built = instances.draft(convoy.get());
            if (built.vehicles().isEmpty() || built.units().isEmpty()) {
                return built;
            }
            runs.insert(runId, convoyId, actor.get().name(), clock.instant(), limit, built);
            audit.record("PLANNING_STARTED", "convoy", convoyId, "run=" + runId + " units=" + built.units().size()
                    + " people=" + built.people() + " vehicles=" + built.vehicles().size());
            return built;
        });
        if (draft.vehicles().isEmpty()) {
            return Outcome.rejected("planning.refused.noVehicles");
        }
        if (draft.units().isEmpty()) {
            return Outcome.rejected("planning.refused.nobodyMayTravel");
        }
        PlanningJob job = planner.start(draft.toInstance(), limit, progress -> record(runId, progress));
        job.finalPlan().whenComplete((plan, error) -> {
            running.remove(runId);
            if (error != null) {
                log.warn("Planning run {} failed", runId, error);
                runs.failed(runId, String.valueOf(error.getMessage()), clock.instant());
            }
        });
        if (job.isSolving()) {
            running.put(runId, job);
        }
        return Outcome.done(runId);
    }

    /** Asks the convoy's running plan to stop; its best plan so far is kept. */
    public Outcome stop(UUID convoyId) {
        var run = latest(convoyId).filter(PlanningRun::solving);
        if (run.isEmpty()) {
            return Outcome.rejected("planning.refused.notSolving");
        }
        runs.requestStop(run.get().id());
        var job = running.get(run.get().id());
        if (job != null) {
            job.stop();
        } else {
            runs.interrupt(run.get().id(), clock.instant());
        }
        audit.record("PLANNING_STOPPED", "convoy", convoyId, "run=" + run.get().id());
        return Outcome.done(run.get().id());
    }

    /** The convoy's newest run, its progress as stored. */
    public Optional<PlanningRun> latest(UUID convoyId) {
        interruptStale();
        return runs.latest(convoyId);
    }

    /** Runs left SOLVING by an application that stopped keep their best plan and are marked interrupted. */
    private void interruptStale() {
        for (UUID runId : runs.stale(clock.instant())) {
            if (!running.containsKey(runId)) {
                runs.interrupt(runId, clock.instant());
            }
        }
    }

    /** Called on a solver thread with each better plan, and last with the final one. */
    private void record(UUID runId, PlanningProgress progress) {
        ConvoyPlan plan = progress.bestPlan();
        Map<String, String> placed = new LinkedHashMap<>();
        plan.assignments().forEach(a -> placed.put(a.unit(), a.vehicle()));
        if (progress.finished()) {
            runs.finished(runId, plan.score(), plan.feasible(), progress.elapsed(), placed, clock.instant());
        } else {
            runs.improved(runId, plan.score(), plan.feasible(), progress.elapsed(), placed);
        }
    }
}
