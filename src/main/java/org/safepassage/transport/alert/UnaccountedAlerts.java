package org.safepassage.transport.alert;

import java.time.Clock;

import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.safepassage.transport.Outcome;
import org.safepassage.transport.TravellerUnaccountedFor;
import org.safepassage.transport.UnaccountedAlertResolved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Raises alerts (once per person and stage of a journey) and resolves them with an outcome; both audited. */
@Service
public class UnaccountedAlerts {

    static final int LONGEST_NOTE = 2000;

    private final Alerts alerts;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnaccountedAlerts(Alerts alerts, AuditLog audit, CurrentActor actor, ApplicationEventPublisher events,
            Clock clock) {
        this.alerts = alerts;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** @return whether it was raised now (false: raised before for this person and stage) */
    @Transactional
    public boolean raise(UnaccountedAlert alert) {
        if (!alerts.raise(alert)) {
            return false;
        }
        audit.record("UNACCOUNTED_ALERT_RAISED", "convoy", alert.convoyId(), "alert=" + alert.id() + " individual="
                + alert.individualId() + " cause=" + alert.cause() + " stage=" + alert.stage());
        events.publishEvent(new TravellerUnaccountedFor(alert.id(), alert.convoyId(), alert.individualId(),
                alert.cause().name()));
        return true;
    }

    @Transactional
    public Outcome resolve(java.util.UUID alertId, AlertOutcome outcome, String note) {
        var alert = alerts.find(alertId).orElse(null);
        if (alert == null) {
            return Outcome.rejected("alert.error.notFound");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (outcome == null) {
            return Outcome.rejected("outcome", "alert.error.outcome");
        }
        if (outcome == AlertOutcome.OTHER && cleanNote == null) {
            return Outcome.rejected("note", "alert.error.noteForOther");
        }
        if (cleanNote != null && cleanNote.length() > LONGEST_NOTE) {
            return Outcome.rejected("note", "alert.error.noteTooLong");
        }
        if (!alerts.resolve(alertId, outcome, cleanNote, actor.get().name(), clock.instant())) {
            return Outcome.rejected("alert.refused.resolvedAlready");
        }
        audit.record("UNACCOUNTED_ALERT_RESOLVED", "convoy", alert.convoyId(), "alert=" + alertId + " individual="
                + alert.individualId() + " outcome=" + outcome);
        events.publishEvent(new UnaccountedAlertResolved(alertId, alert.convoyId(), alert.individualId(),
                outcome.name()));
        return Outcome.done(alertId);
    }
}
