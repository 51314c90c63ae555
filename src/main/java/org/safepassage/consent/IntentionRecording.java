package org.safepassage.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.safepassage.consent.Residents.Resident;
import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.safepassage.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Recording intention surveys; a newly stated fear holds back anyone already consenting to go there. */
@Component
class IntentionRecording {

    private final IntentionSurveys surveys;
    private final Consents consents;
    private final Destinations destinations;
    private final Residents residents;
    private final HoldPlacement holdPlacement;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    IntentionRecording(IntentionSurveys surveys, Consents consents, Destinations destinations, Residents residents,
            HoldPlacement holdPlacement, ApplicationEventPublisher events, AuditLog audit, CurrentActor actor,
            Clock clock) {
        this.surveys = surveys;
        this.consents = consents;
        this.destinations = destinations;
        this.residents = residents;
        this.holdPlacement = holdPlacement;
        this.events = events;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    Outcome record(RecordIntention command) {
        String problem = command.problem(LocalDate.now(clock));
        if (problem != null) {
            return Outcome.rejected(problem);
        }
        var household = residents.household(command.householdId());
        if (household.isEmpty()) {
            return Outcome.rejected("consent.intention.error.household");
        }
        Map<UUID, Resident> members = residents.members(command.householdId()).stream()
                .collect(Collectors.toMap(Resident::individualId, Function.identity()));
        if (command.individualId() != null && !members.containsKey(command.individualId())) {
            return Outcome.rejected("consent.intention.error.person");
        }
        boolean destinationsKnown = Stream.concat(
                        Stream.of(command.preferredDestinationId(), command.secondDestinationId()),
                        command.fears().stream().map(StatedFear::destinationId))
                .filter(Objects::nonNull)
                .allMatch(id -> destinations.find(id).filter(Destination::active).isPresent());
        if (!destinationsKnown) {
            return Outcome.rejected("consent.intention.error.destination");
        }

        var survey = new IntentionSurvey(Ids.newId(clock), command.householdId(), command.individualId(),
                command.surveyedOn(), command.interviewer(), command.language(), command.respondentAlone(),
                command.choice(), command.preferredDestinationId(), command.secondDestinationId(), command.fears(),
                command.freeText(), clock.instant(), actor.get().name());
        surveys.insert(survey, household.get().originPcode());
        Set<UUID> concerned = command.individualId() == null ? members.keySet() : Set.of(command.individualId());
        surveys.makeCurrent(survey, concerned);
        audit.record("INTENTION_RECORDED", "intention-survey", survey.id(), "household=" + survey.householdId()
                + (survey.individualId() == null ? "" : " individual=" + survey.individualId())
                + " choice=" + survey.choice() + " fears=" + survey.fears().size());
        events.publishEvent(new IntentionRecorded(survey.id(), survey.householdId(), survey.individualId()));

        recheckHolds(concerned, members);
        return Outcome.done(survey.id());
    }

    /** People already consenting to a destination they now say they fear are held back until reviewed. */
    private void recheckHolds(Set<UUID> concerned, Map<UUID, Resident> members) {
        List<Consent> open = consents.openConcerning(concerned);
        if (open.isEmpty()) {
            return;
        }
        Set<String> holdCodes = residents.protectionHoldCodes();
        for (Consent consent : open) {
            Stream.concat(Stream.of(consent.individualId()), consent.minorIds().stream())
                    .filter(concerned::contains)
                    .map(members::get).filter(Objects::nonNull)
                    .forEach(person -> holdPlacement.check(person, consent.destinationId(), holdCodes));
        }
    }
}
