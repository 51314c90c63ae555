package org.safepassage.consent;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.safepassage.shared.Ids;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent module's facade: destinations, information texts, intention surveys, consents, protection holds,
 * and the rule other modules rely on: {@link #whoMayTravelTo(UUID)} and {@link #mayTravel(UUID, UUID)}.
 * <p>
 * Changes publish events after they commit: {@link ConsentGiven}, {@link ConsentWithdrawn},
 * {@link ProtectionHoldPlaced}, {@link ProtectionHoldReleased}, {@link IntentionRecorded},
 * {@link DestinationChanged}. A refused command is an {@link Outcome.Rejected}, not an exception.
 */
@Service
public class ConsentManagement {

    private final Destinations destinations;
    private final InformationTexts texts;
    private final IntentionSurveys surveys;
    private final Consents consents;
    private final ProtectionHolds holds;
    private final IntentionRecording intentionRecording;
    private final ConsentRecording consentRecording;
    private final HoldReview holdReview;
    private final TravelClearance clearance;
    private final FiguresQuery figures;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    ConsentManagement(Destinations destinations, InformationTexts texts, IntentionSurveys surveys, Consents consents,
            ProtectionHolds holds, IntentionRecording intentionRecording, ConsentRecording consentRecording,
            HoldReview holdReview, TravelClearance clearance, FiguresQuery figures, ApplicationEventPublisher events,
            AuditLog audit, CurrentActor actor, Clock clock) {
        this.destinations = destinations;
        this.texts = texts;
        this.surveys = surveys;
        this.consents = consents;
        this.holds = holds;
        this.intentionRecording = intentionRecording;
        this.consentRecording = consentRecording;
        this.holdReview = holdReview;
        this.clearance = clearance;
        this.figures = figures;
        this.events = events;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    // ---- the rule ----------------------------------------------------------------------------------------

    /**
     * Who may travel to the destination now (the registry records one bulk read of the travellers): people with a current, unwithdrawn consent for it (minors through
     * their head of household's consent naming them) and no unreleased protection hold for it.
     */
    @Transactional
    public ConsentedTravellers whoMayTravelTo(UUID destinationId) {
        return clearance.whoMayTravelTo(destinationId);
    }

    /** Whether one person may travel to the destination now, and if not, why not. */
    @Transactional(readOnly = true)
    public Eligibility mayTravel(UUID individualId, UUID destinationId) {
        return clearance.mayTravel(individualId, destinationId);
    }

    // ---- destinations ------------------------------------------------------------------------------------

    public List<Destination> destinations() {
        return destinations.all();
    }

    public List<Destination> activeDestinations() {
        return destinations.all().stream().filter(Destination::active).toList();
    }

    public Optional<Destination> destination(UUID id) {
        return destinations.find(id);
    }

    public Optional<Destination> destinationByCode(String code) {
        return destinations.findByCode(code);
    }

    /** Creates a destination, or changes the one with the same code. */
    @Transactional
    public Outcome saveDestination(SaveDestination command) {
        String problem = command.problem();
        if (problem != null) {
            return Outcome.rejected(problem);
        }
        var existing = destinations.findByCode(command.code());
        UUID id = existing.map(Destination::id).orElseGet(() -> Ids.newId(clock));
        if (existing.isPresent()) {
            destinations.update(id, command, actor.get().name(), clock.instant());
        } else {
            destinations.insert(id, command, actor.get().name(), clock.instant());
        }
        audit.record(existing.isPresent() ? "DESTINATION_CHANGED" : "DESTINATION_CREATED", "destination", id,
                "code=" + command.code() + " transport="
                        + command.transportAvailable() + " active=" + command.active());
        events.publishEvent(new DestinationChanged(id, command.code()));
        return Outcome.done(id);
    }

    // ---- information texts -------------------------------------------------------------------------------

    /** The newest version: the one to read out now. */
    public Optional<InformationText> currentInformationText() {
        return texts.current();
    }

    public Optional<InformationText> informationText(int version) {
        return texts.version(version);
    }

    public List<InformationText> informationTexts() {
        return texts.all();
    }

    @Transactional
    public Outcome publishInformationText(PublishInformationText command) {
        String problem = command.problem();
        if (problem != null) {
            return Outcome.rejected(problem);
        }
        UUID id = Ids.newId(clock);
        int version = texts.publish(id, command, actor.get().name(), clock.instant());
        audit.record("INFORMATION_TEXT_PUBLISHED", "information-text", id, "version=" + version);
        return Outcome.done(id);
    }

    // ---- intentions --------------------------------------------------------------------------------------

    @Transactional
    public Outcome recordIntention(RecordIntention command) {
        return intentionRecording.record(command);
    }

    /**
     * A household's surveys and who each speaks for now. Audited as a read of personal data. The respondents'
     * own words are left out unless the reader is a PROTECTION officer.
     */
    @Transactional
    public HouseholdIntentions intentions(UUID householdId) {
        audit.recordRead("household-intentions", householdId);
        boolean freeText = Readers.protectionOfficer();
        var all = surveys.ofHousehold(householdId).stream()
                .map(s -> freeText ? s : s.withoutFreeText()).toList();
        return new HouseholdIntentions(householdId, all, surveys.currentInHousehold(householdId));
    }

    /** Counts for the dashboard; with {@code suppressSmallCells}, counts of 1-4 people are withheld. */
    @Transactional
    public IntentionFigures figures(boolean suppressSmallCells) {
        return figures.figures(suppressSmallCells);
    }

    // ---- consents ----------------------------------------------------------------------------------------

    @Transactional
    public Outcome giveConsent(GiveConsent command) {
        return consentRecording.give(command);
    }

    /** Withdraws a consent at once. Never refused for want of a reason: a refusal here names what is missing. */
    @Transactional
    public Outcome withdrawConsent(WithdrawConsent command) {
        return consentRecording.withdraw(command);
    }

    @Transactional
    public Optional<Consent> consent(UUID consentId) {
        var consent = consents.find(consentId);
        consent.ifPresent(c -> audit.recordRead("consent", c.id()));
        return consent.map(ConsentManagement::visible);
    }

    /** Every consent recorded in the household, newest first. Audited as a read. */
    @Transactional
    public List<Consent> consents(UUID householdId) {
        audit.recordRead("household-consents", householdId);
        return consents.ofHousehold(householdId).stream().map(ConsentManagement::visible).toList();
    }

    /**
     * The open consent that carries the person now: their own, else the newest open consent naming them as a
     * minor it covers. Audited as a read.
     */
    @Transactional
    public Optional<Consent> consentCarrying(UUID individualId) {
        var carrying = consents.openOf(individualId).or(() -> consents.naming(individualId).stream()
                .filter(c -> !c.withdrawn()).findFirst());
        carrying.ifPresent(c -> audit.recordRead("consent", c.id()));
        return carrying.map(ConsentManagement::visible);
    }

    private static Consent visible(Consent consent) {
        return Readers.protectionOfficer() ? consent : consent.withoutNote();
    }

    // ---- protection holds --------------------------------------------------------------------------------

    /** The review queue: unreleased holds, oldest first, optionally for one destination. */
    @Transactional(readOnly = true)
    public Page<ProtectionHold> openHolds(PageRequest request, UUID destinationId) {
        return holds.open(request, destinationId);
    }

    @Transactional
    public List<ProtectionHold> holds(UUID householdId) {
        audit.recordRead("household-holds", householdId);
        return holds.ofHousehold(householdId);
    }

    @Transactional(readOnly = true)
    public Optional<ProtectionHold> hold(UUID holdId) {
        return holds.find(holdId);
    }

    @Transactional
    public Outcome releaseHold(ReleaseHold command) {
        return holdReview.release(command);
    }

    @Transactional
    public Outcome placeHold(PlaceHold command) {
        return holdReview.place(command);
    }
}
