package org.safepassage.consent;

import java.time.Clock;

import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** A protection officer's decisions on holds: release one with a reason, or place one by hand. */
@Component
class HoldReview {

    private final ProtectionHolds holds;
    private final Destinations destinations;
    private final Residents residents;
    private final HoldPlacement placement;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    HoldReview(ProtectionHolds holds, Destinations destinations, Residents residents, HoldPlacement placement,
            ApplicationEventPublisher events, AuditLog audit, CurrentActor actor, Clock clock) {
        this.holds = holds;
        this.destinations = destinations;
        this.residents = residents;
        this.placement = placement;
        this.events = events;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    Outcome release(ReleaseHold command) {
        String problem = command.problem();
        if (problem != null) {
            return Outcome.rejected(problem);
        }
        var hold = holds.find(command.holdId());
        if (hold.isEmpty()) {
            return Outcome.rejected("consent.hold.error.notFound");
        }
        if (!holds.release(hold.get().id(), command.reason(), actor.get().name(), clock.instant())) {
            return Outcome.rejected("consent.hold.error.already");
        }
        audit.record("PROTECTION_HOLD_RELEASED", "protection-hold", hold.get().id(),
                "individual=" + hold.get().individualId() + " destination=" + hold.get().destinationId());
        events.publishEvent(new ProtectionHoldReleased(hold.get().id(), hold.get().individualId(),
                hold.get().householdId(), hold.get().destinationId()));
        return Outcome.done(hold.get().id());
    }

    Outcome place(PlaceHold command) {
        String problem = command.problem();
        if (problem != null) {
            return Outcome.rejected(problem);
        }
        if (destinations.find(command.destinationId()).isEmpty()) {
            return Outcome.rejected("consent.hold.error.destination");
        }
        var person = residents.members(command.householdId()).stream()
                .filter(m -> m.individualId().equals(command.individualId())).findFirst();
        if (person.isEmpty()) {
            return Outcome.rejected("consent.hold.error.person");
        }
        return Outcome.done(placement.placeByOfficer(person.get(), command.destinationId(), command.reason()).id());
    }
}
