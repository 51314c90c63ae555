package org.safepassage.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safepassage.consent.Residents.Resident;
import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.safepassage.security.Role;
import org.safepassage.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Giving and withdrawing consent, each with its audit entry and its event. */
@Component
class ConsentRecording {

    private final Consents consents;
    private final Destinations destinations;
    private final InformationTexts texts;
    private final Residents residents;
    private final HoldPlacement holdPlacement;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    ConsentRecording(Consents consents, Destinations destinations, InformationTexts texts, Residents residents,
            HoldPlacement holdPlacement, ApplicationEventPublisher events, AuditLog audit, CurrentActor actor,
            Clock clock) {
        this.consents = consents;
        this.destinations = destinations;
        this.texts = texts;
        this.residents = residents;
        this.holdPlacement = holdPlacement;
        this.events = events;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    Outcome give(GiveConsent command) {
        LocalDate today = LocalDate.now(clock);
        String problem = command.problem(today);
        if (problem != null) {
            return Outcome.rejected(problem);
        }
        var destination = destinations.find(command.destinationId()).filter(Destination::active);
        if (destination.isEmpty()) {
            return Outcome.rejected("consent.give.error.destination");
        }
        var text = texts.version(command.informationTextVersion());
        if (text.isEmpty()) {
            return Outcome.rejected("consent.give.error.text");
        }
        Map<UUID, Resident> members = residents.members(command.householdId()).stream()
                .collect(Collectors.toMap(Resident::individualId, Function.identity()));
        Resident person = members.get(command.individualId());
        if (person == null) {
            return Outcome.rejected("consent.give.error.person");
        }
        if (command.method() == ConsentMethod.BEST_INTERESTS) {
            if (!person.minor() || members.values().stream().anyMatch(m -> !m.minor())) {
                return Outcome.rejected("consent.give.error.bestInterestsOnlyWithoutAdult");
            }
            if (!actor.hasRole(Role.PROTECTION)) {
                return Outcome.rejected("consent.give.error.bestInterestsProtection");
            }
        } else if (person.minor()) {
            return Outcome.rejected("consent.give.error.minor");
        }
        if (!command.minorIds().isEmpty()) {
            if (!person.head()) {
                return Outcome.rejected("consent.give.error.notHead");
            }
            boolean allMinorsOfTheHousehold = command.minorIds().stream()
                    .allMatch(id -> members.containsKey(id) && members.get(id).minor());
            if (!allMinorsOfTheHousehold) {
                return Outcome.rejected("consent.give.error.minors");
            }
        }

        // a person consents to one destination at a time: the newer consent replaces the older one
        consents.openOfLocked(person.individualId())
                .ifPresent(old -> withdraw(old, WithdrawalReason.SUPERSEDED, null));

        var consent = new Consent(Ids.newId(clock), person.individualId(), command.householdId(),
                command.destinationId(), command.windowFrom(), command.windowUntil(), text.get().version(),
                command.language(), command.method(), command.witness(), command.minorIds(), clock.instant(),
                actor.get().name(), null, null, null, null);
        consents.insert(consent, text.get().id());
        audit.record("CONSENT_GIVEN", "consent", consent.id(), "individual=" + consent.individualId()
                + " destination=" + destination.get().code() + " minors=" + consent.minorIds().size()
                + " method=" + consent.method() + " text=v" + consent.informationTextVersion() + "/"
                + consent.language().tag());
        events.publishEvent(new ConsentGiven(consent.id(), consent.individualId(), consent.householdId(),
                consent.destinationId(), consent.minorIds()));

        Set<String> holdCodes = residents.protectionHoldCodes();
        holdPlacement.check(person, consent.destinationId(), holdCodes);
        consent.minorIds().forEach(minor -> holdPlacement.check(members.get(minor), consent.destinationId(), holdCodes));
        return Outcome.done(consent.id());
    }

    Outcome withdraw(WithdrawConsent command) {
        String problem = command.problem();
        if (problem != null) {
            return Outcome.rejected(problem);
        }
        var consent = consents.find(command.consentId());
        if (consent.isEmpty()) {
            return Outcome.rejected("consent.withdraw.error.notFound");
        }
        if (consent.get().withdrawn()) {
            return Outcome.rejected("consent.withdraw.error.already");
        }
        if (!withdraw(consent.get(), command.reason(), command.note())) {
            return Outcome.rejected("consent.withdraw.error.already");
        }
        return Outcome.done(consent.get().id());
    }

    boolean withdraw(Consent consent, WithdrawalReason reason, String note) {
        if (!consents.withdraw(consent.id(), reason, note, actor.get().name(), clock.instant())) {
            return false;
        }
        audit.record("CONSENT_WITHDRAWN", "consent", consent.id(), "individual=" + consent.individualId()
                + " minors=" + consent.minorIds().size() + " reason=" + reason);
        events.publishEvent(new ConsentWithdrawn(consent.id(), consent.individualId(), consent.householdId(),
                consent.destinationId(), consent.minorIds(), reason));
        return true;
    }
}
