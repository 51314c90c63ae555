package org.safepassage.corridor;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.safepassage.corridor.Recorded.AlreadyStored;
import org.safepassage.corridor.Recorded.Refused;
import org.safepassage.corridor.Recorded.Stored;
import org.safepassage.corridor.internal.CheckpointEventLog;
import org.safepassage.corridor.internal.Checkpoints;
import org.safepassage.corridor.internal.CorridorProperties;
import org.safepassage.corridor.internal.Incidents;
import org.safepassage.corridor.internal.RegistryHouseholds;
import org.safepassage.corridor.internal.StoredEvent;
import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records field reports from checkpoints (phones, devices): append-only and idempotent. A report whose id was
 * seen before is stored once: the same content again is acknowledged, different content under that id is
 * refused as a conflict. Each stored report is audited (without names) and published as an event.
 */
@Service
public class CheckpointRecording {

    private final CheckpointEventLog log;
    private final Checkpoints checkpoints;
    private final Incidents incidents;
    private final RegistryHouseholds households;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher publisher;
    private final CorridorProperties properties;
    private final Clock clock;

    CheckpointRecording(CheckpointEventLog log, Checkpoints checkpoints, Incidents incidents,
            RegistryHouseholds households, AuditLog audit, CurrentActor actor, ApplicationEventPublisher publisher,
            CorridorProperties properties, Clock clock) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.incidents = incidents;
        this.households = households;
        this.audit = audit;
        this.actor = actor;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Recorded record(CheckpointReport report) {
        var violations = report.violations();
        if (!violations.isEmpty()) {
            return new Refused(Refusal.INVALID, violations, "The report is incomplete or contradicts itself.");
        }
        String fingerprint = Fingerprints.of(report);
        var earlier = log.find(report.id());
        if (earlier.isPresent()) {
            return repeated(earlier.get(), report, fingerprint);
        }
        if (report.occurredAt().isAfter(clock.instant().plus(properties.clockTolerance()))) {
            return new Refused(Refusal.IN_THE_FUTURE, "The report is dated later than now; check the device's clock.");
        }
        Optional<StoredEvent> corrected = Optional.empty();
        if (report.corrects() != null) {
            corrected = log.find(report.corrects());
            var refusal = correctionRefusal(report, corrected);
            if (refusal != null) {
                return refusal;
            }
        }
        UUID checkpointId = report instanceof RetractEvent ? corrected.orElseThrow().checkpointId()
                : report.checkpointId();
        var checkpoint = checkpoints.find(checkpointId);
        if (checkpoint.isEmpty()) {
            return new Refused(Refusal.UNKNOWN_CHECKPOINT, "No checkpoint " + checkpointId + ".");
        }
        var membership = membershipRefusal(report);
        if (membership != null) {
            return membership;
        }
        var now = clock.instant();
        if (!log.append(report, checkpointId, fingerprint, actor.get().name(), now)) {
            // a concurrent report won: either it used the same id, or it corrected the same event first
            return log.find(report.id()).map(e -> repeated(e, report, fingerprint))
                    .orElseGet(() -> new Refused(Refusal.ALREADY_CORRECTED,
                            "Event " + report.corrects() + " was corrected meanwhile."));
        }
        if (report instanceof ReportIncident incident) {
            incidents.insert(incident, actor.get().name(), now);
        }
        audit.record(report.kind().name() + "_RECORDED", "checkpoint-event", report.id(),
                "checkpoint=" + checkpoint.get().code() + " " + report.auditDetails());
        publisher.publishEvent(Publications.of(report, checkpoint.get(), corrected.map(StoredEvent::kind)));
        return new Stored(report.id(), report.kind());
    }

    private static Recorded repeated(StoredEvent earlier, CheckpointReport report, String fingerprint) {
        if (earlier.kind() == report.kind() && earlier.fingerprint().equals(fingerprint)) {
            return new AlreadyStored(earlier.id(), earlier.kind());
        }
        return new Refused(Refusal.ID_CONFLICT, "Event id " + report.id()
                + " was already used for a different report; a correction needs a new id and names the event it corrects.");
    }

    private static Refused correctionRefusal(CheckpointReport report, Optional<StoredEvent> corrected) {
        if (corrected.isEmpty()) {
            return new Refused(Refusal.UNKNOWN_CORRECTED, "No event " + report.corrects() + " to correct.");
        }
        var target = corrected.get();
        if (target.kind() == EventKind.RETRACTION
                || (report.kind() != EventKind.RETRACTION && target.kind() != report.kind())) {
            return new Refused(Refusal.KIND_MISMATCH, "A " + report.kind() + " cannot correct a " + target.kind() + ".");
        }
        if (target.kind() == EventKind.INCIDENT && !CheckpointIncidents.mayRead()) {
            // a report of detention must not disappear because someone at the checkpoint was told to take it back
            return new Refused(Refusal.INCIDENT_RESTRICTED,
                    "Only protection staff may correct or retract an incident report.");
        }
        if (target.corrected()) {
            return new Refused(Refusal.ALREADY_CORRECTED, "Event " + target.id() + " was already corrected by "
                    + target.correctedBy() + "; correct that one instead.");
        }
        return null;
    }

    /** The people named must belong to the household named, and the household must exist. */
    private Refused membershipRefusal(CheckpointReport report) {
        if (report.householdId() == null) {
            return null;
        }
        var members = households.memberIds(report.householdId());
        if (members.isEmpty()) {
            return new Refused(Refusal.UNKNOWN_HOUSEHOLD, "No household " + report.householdId() + " in the registry.");
        }
        if (!members.get().containsAll(report.individualIds())) {
            return new Refused(Refusal.NOT_A_MEMBER, "Some of the people named are not members of household "
                    + report.householdId() + ".");
        }
        return null;
    }
}
