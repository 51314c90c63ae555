package org.safepassage.transport.planning;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.safepassage.security.AuditLog;
import org.safepassage.shared.Ids;
import org.safepassage.transport.PlanFlagged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags the plans that a change of who may travel concerns: the newest run of each convoy to the destination that
 * has not left yet. A person who may no longer travel flags the plans that hold them; a person who may now travel
 * flags every such plan without them, since a new run could take them.
 */
@Service
public class PlanFlagging {

    /** Convoys whose plan or manifests can still change, or must be amended. */
    private static final List<String> OPEN = List.of("PLANNING", "MANIFEST_FROZEN", "BOARDING");

    private final PlanningRuns runs;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanFlagging(PlanningRuns runs, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The person may no longer travel to the destination: flag the plans that hold them. */
    @Transactional
    public void mayNoLongerTravel(UUID individualId, UUID householdId, UUID destinationId, FlagReason reason,
            UUID sourceEventId) {
        var candidates = runs.latestRunsOfConvoysTo(destinationId, OPEN);
        flag(runs.holding(candidates, individualId), individualId, householdId, reason, sourceEventId);
    }

    /** The people may now travel to the destination: flag the plans that do not hold them yet. */
    @Transactional
    public void mayNowTravel(Collection<UUID> individualIds, UUID householdId, UUID destinationId, FlagReason reason,
            UUID sourceEventId) {
        var candidates = runs.latestRunsOfConvoysTo(destinationId, OPEN);
        for (UUID person : individualIds) {
            var without = candidates.stream().filter(run -> !runs.holding(List.of(run), person).contains(run)).toList();
            flag(without, person, householdId, reason, sourceEventId);
        }
    }

    /** A household the registry changed (split, merged, a member moved): plans that hold it may be wrong. */
    @Transactional
    public void householdChanged(UUID householdId, UUID sourceEventId) {
        var candidates = runs.latestRunsOfOpenConvoys(OPEN);
        flag(runs.holdingHousehold(candidates, householdId), null, householdId, FlagReason.HOUSEHOLD_CHANGED,
                sourceEventId);
    }

    private void flag(List<UUID> runIds, UUID individualId, UUID householdId, FlagReason reason, UUID sourceEventId) {
        for (UUID runId : runIds) {
            var flag = new PlanFlag(Ids.newId(clock), runId, clock.instant(), reason, individualId, householdId);
            runs.flag(flag, sourceEventId);
            var convoyId = runs.find(runId).map(PlanningRun::convoyId).orElse(null);
            audit.record("PLAN_FLAGGED", "planning-run", runId, "reason=" + reason + " individual=" + individualId);
            events.publishEvent(new PlanFlagged(runId, convoyId, reason.name()));
        }
    }
}
