package org.safepassage.corridor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.safepassage.corridor.internal.Checkpoints;
import org.safepassage.corridor.internal.CorridorProperties;
import org.safepassage.corridor.internal.Corridors;
import org.safepassage.security.CurrentActor;
import org.safepassage.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up corridors and checkpoints, and recording changes of a corridor's status (for administrators and
 * logistics). A refused change is an outcome, not an exception.
 */
@Service
public class CorridorAdministration {

    private final Corridors corridors;
    private final Checkpoints checkpoints;
    private final CurrentActor actor;
    private final ApplicationEventPublisher publisher;
    private final CorridorProperties properties;
    private final Clock clock;

    CorridorAdministration(Corridors corridors, Checkpoints checkpoints, CurrentActor actor,
            ApplicationEventPublisher publisher, CorridorProperties properties, Clock clock) {
        this.corridors = corridors;
        this.checkpoints = checkpoints;
        this.actor = actor;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates a corridor; its history starts with PLANNED. */
    @Transactional
    public Outcome createCorridor(CorridorDetails details) {
        var violations = new ArrayList<>(details.violations());
        if (details.code() != null && corridors.codeTaken(details.code(), null)) {
            violations.add(new Violation("code", "corridor.error.codeTaken"));
        }
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        var id = Ids.newId(clock);
        var now = clock.instant();
        corridors.insert(id, details, actor.get().name(), now);
        corridors.insertStatus(new StatusChange(Ids.newId(clock), id, CorridorStatus.PLANNED, null, now, now,
                actor.get().name()));
        return new Outcome.Saved(id);
    }

    @Transactional
    public Outcome updateCorridor(UUID corridorId, CorridorDetails details) {
        if (corridorId == null || !corridors.exists(corridorId)) {
            return new Outcome.Rejected("corridor", "corridor.error.unknown");
        }
        var violations = new ArrayList<>(details.violations());
        if (details.code() != null && corridors.codeTaken(details.code(), corridorId)) {
            violations.add(new Violation("code", "corridor.error.codeTaken"));
        }
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        corridors.update(corridorId, details, actor.get().name(), clock.instant());
        return new Outcome.Saved(corridorId);
    }

    /**
     * Adds an entry to the corridor's status history. An entry may be dated back (when the change happened
     * before anyone could record it) but not ahead, and it must change something.
     */
    @Transactional
    public Outcome changeStatus(UUID corridorId, ChangeStatus change) {
        if (corridorId == null || !corridors.exists(corridorId)) {
            return new Outcome.Rejected("corridor", "corridor.error.unknown");
        }
        if (!change.violations().isEmpty()) {
            return new Outcome.Rejected(change.violations());
        }
        var now = clock.instant();
        var effective = change.effectiveAt() == null ? now : change.effectiveAt();
        if (effective.isAfter(now.plus(properties.clockTolerance()))) {
            return new Outcome.Rejected("effectiveAt", "corridor.error.effectiveInFuture");
        }
        var history = corridors.history(corridorId);
        if (history.statusAt(effective) == change.status() && !history.isEmpty()) {
            return new Outcome.Rejected("status", "corridor.error.statusUnchanged");
        }
        var entry = new StatusChange(Ids.newId(clock), corridorId, change.status(), change.reason(), effective, now,
                actor.get().name());
        corridors.insertStatus(entry);
        var current = corridors.history(corridorId).statusAt(now);
        publisher.publishEvent(new CorridorStatusChanged(corridorId, entry.id(), entry.status(), effective, current));
        return new Outcome.Saved(entry.id());
    }

    @Transactional
    public Outcome addCheckpoint(UUID corridorId, CheckpointDetails details) {
        if (corridorId == null || !corridors.exists(corridorId)) {
            return new Outcome.Rejected("corridor", "corridor.error.unknown");
        }
        var id = Ids.newId(clock);
        var violations = checkpointViolations(corridorId, id, details);
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        checkpoints.insert(id, corridorId, details, actor.get().name(), clock.instant());
        return new Outcome.Saved(id);
    }

    @Transactional
    public Outcome updateCheckpoint(UUID checkpointId, CheckpointDetails details) {
        var existing = checkpointId == null ? null : checkpoints.find(checkpointId).orElse(null);
        if (existing == null) {
            return new Outcome.Rejected("checkpoint", "checkpoint.error.unknown");
        }
        var violations = checkpointViolations(existing.corridorId(), checkpointId, details);
        if (!violations.isEmpty()) {
            return new Outcome.Rejected(violations);
        }
        checkpoints.update(checkpointId, details, actor.get().name(), clock.instant());
        return new Outcome.Saved(checkpointId);
    }

    /** States the services a checkpoint offers now and their availability; any service left out is not offered. */
    @Transactional
    public Outcome setServices(UUID checkpointId, List<ServiceOffer> offers) {
        if (checkpointId == null || checkpoints.find(checkpointId).isEmpty()) {
            return new Outcome.Rejected("checkpoint", "checkpoint.error.unknown");
        }
        var seen = EnumSet.noneOf(ServiceType.class);
        for (var offer : offers) {
            if (!seen.add(offer.service())) {
                return new Outcome.Rejected("services", "checkpoint.error.serviceTwice");
            }
        }
        checkpoints.replaceServices(checkpointId, offers, actor.get().name(), clock.instant());
        return new Outcome.Saved(checkpointId);
    }

    private List<Violation> checkpointViolations(UUID corridorId, UUID checkpointId, CheckpointDetails details) {
        var violations = new ArrayList<>(details.violations());
        if (details.code() != null && checkpoints.codeTaken(details.code(), checkpointId)) {
            violations.add(new Violation("code", "checkpoint.error.codeTaken"));
        }
        if (violations.isEmpty()) {
            violations.addAll(CheckpointOrder.violations(checkpoints.ofCorridor(corridorId), checkpointId, details));
        }
        return violations;
    }
}
