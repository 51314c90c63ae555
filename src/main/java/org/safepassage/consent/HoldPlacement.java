package org.safepassage.consent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safepassage.consent.Residents.Resident;
import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.safepassage.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Raises the protection holds {@link HoldPolicy} asks for, once per cause, and tells the other modules. */
@Component
class HoldPlacement {

    private final ProtectionHolds holds;
    private final IntentionSurveys surveys;
    private final Residents residents;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    HoldPlacement(ProtectionHolds holds, IntentionSurveys surveys, Residents residents,
            ApplicationEventPublisher events, AuditLog audit, CurrentActor actor, Clock clock) {
        this.holds = holds;
        this.surveys = surveys;
        this.residents = residents;
        this.events = events;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** Raises every hold the person needs before travelling to the destination; returns the new ones. */
    List<ProtectionHold> check(Resident person, UUID destinationId, Set<String> holdCodes) {
        List<ProtectionHold> placed = new ArrayList<>();
        var causes = HoldPolicy.causes(person, holdCodes, surveys.currentOf(person.individualId()), destinationId);
        for (var cause : causes) {
            var hold = new ProtectionHold(Ids.newId(clock), person.individualId(), person.householdId(),
                    destinationId, cause.basis(), cause.detail(), clock.instant(), actor.get().name(), null, null,
                    null);
            if (holds.placeIfNew(hold, cause.key())) {
                placed.add(hold);
                announce(hold);
            }
        }
        return placed;
    }

    /**
     * Checks again everyone the open consents carry (or only those {@code concerned} names, when given),
     * after the registry changed what is known about them. Returns the number of new holds.
     */
    int recheck(List<Consent> openConsents, Set<UUID> concerned) {
        if (openConsents.isEmpty()) {
            return 0;
        }
        Set<String> holdCodes = residents.protectionHoldCodes();
        Set<UUID> households = new java.util.HashSet<>();
        openConsents.forEach(c -> households.add(c.householdId()));
        var membersByHousehold = residents.members(households);
        int placed = 0;
        for (Consent consent : openConsents) {
            for (Resident member : membersByHousehold.getOrDefault(consent.householdId(), List.of())) {
                boolean carried = member.individualId().equals(consent.individualId())
                        || consent.minorIds().contains(member.individualId());
                if (carried && (concerned == null || concerned.contains(member.individualId()))) {
                    placed += check(member, consent.destinationId(), holdCodes).size();
                }
            }
        }
        return placed;
    }

    /** A hold a protection officer places by hand; every one is a new cause. */
    ProtectionHold placeByOfficer(Resident person, UUID destinationId, String reason) {
        var hold = new ProtectionHold(Ids.newId(clock), person.individualId(), person.householdId(), destinationId,
                HoldBasis.OFFICER, reason, clock.instant(), actor.get().name(), null, null, null);
        holds.placeIfNew(hold, "officer:" + hold.id());
        announce(hold);
        return hold;
    }

    private void announce(ProtectionHold hold) {
        // the basis stays out of the audit log: it would tell its readers who carries a sensitive needs code
        audit.record("PROTECTION_HOLD_PLACED", "protection-hold", hold.id(), "individual=" + hold.individualId()
                + " destination=" + hold.destinationId());
        events.publishEvent(new ProtectionHoldPlaced(hold.id(), hold.individualId(), hold.householdId(),
                hold.destinationId()));
    }
}
