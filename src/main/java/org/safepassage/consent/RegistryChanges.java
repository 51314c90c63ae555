package org.safepassage.consent;

import java.util.Set;

import org.safepassage.registry.HouseholdSplit;
import org.safepassage.registry.HouseholdsMerged;
import org.safepassage.registry.PersonChanged;
import org.safepassage.registry.PersonMoved;
import org.safepassage.registry.PersonsMerged;
import org.safepassage.registry.RegistryImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps intentions, consents and holds with the people they belong to when the registry changes, and raises
 * the holds a newly recorded needs code calls for. Runs after the registry's change has committed.
 */
@Component
class RegistryChanges {

    private static final Logger log = LoggerFactory.getLogger(RegistryChanges.class);

    /** Template columns whose change can make a person need a hold, or change whom a consent carries. */
    private static final Set<String> RELEVANT_FIELDS = Set.of("specific_needs", "date_of_birth", "relationship");

    private final IntentionSurveys surveys;
    private final Consents consents;
    private final ProtectionHolds holds;
    private final HoldPlacement holdPlacement;
    private final ConsentRecording consentRecording;

    RegistryChanges(IntentionSurveys surveys, Consents consents, ProtectionHolds holds, HoldPlacement holdPlacement,
            ConsentRecording consentRecording) {
        this.surveys = surveys;
        this.consents = consents;
        this.holds = holds;
        this.holdPlacement = holdPlacement;
        this.consentRecording = consentRecording;
    }

    @ApplicationModuleListener
    void on(PersonChanged event) {
        if (event.fields().stream().anyMatch(RELEVANT_FIELDS::contains)) {
            var concerned = Set.of(event.individualId());
            holdPlacement.recheck(consents.openConcerning(concerned), concerned);
        }
    }

    @ApplicationModuleListener
    void on(PersonMoved event) {
        moveIndividual(event.individualId(), event.toHouseholdId());
    }

    @ApplicationModuleListener
    void on(HouseholdSplit event) {
        event.individualIds().forEach(id -> moveIndividual(id, event.newHouseholdId()));
    }

    @ApplicationModuleListener
    void on(HouseholdsMerged event) {
        surveys.moveHousehold(event.absorbedHouseholdId(), event.keptHouseholdId());
        consents.moveHousehold(event.absorbedHouseholdId(), event.keptHouseholdId());
        holds.moveHousehold(event.absorbedHouseholdId(), event.keptHouseholdId());
    }

    /** The duplicate's records become the kept person's; if both had an open consent, the kept one's stands. */
    @ApplicationModuleListener
    void on(PersonsMerged event) {
        var keptOpen = consents.openOfLocked(event.keptIndividualId());
        consents.openOfLocked(event.duplicateIndividualId()).ifPresent(duplicate -> {
            if (keptOpen.isPresent()) {
                consentRecording.withdraw(duplicate, WithdrawalReason.SUPERSEDED, null);
            }
        });
        surveys.reassign(event.duplicateIndividualId(), event.keptIndividualId());
        consents.reassign(event.duplicateIndividualId(), event.keptIndividualId());
        holds.reassign(event.duplicateIndividualId(), event.keptIndividualId());
    }

    /** An import can add needs codes to many people at once: everyone with an open consent is checked again. */
    @ApplicationModuleListener
    void on(RegistryImported event) {
        int placed = holdPlacement.recheck(consents.allOpen(), null);
        if (placed > 0) {
            log.info("{} protection holds raised after importing {}", placed, event.file());
        }
    }

    private void moveIndividual(java.util.UUID individualId, java.util.UUID toHouseholdId) {
        surveys.moveIndividual(individualId, toHouseholdId);
        consents.moveIndividual(individualId, toHouseholdId);
        holds.moveIndividual(individualId, toHouseholdId);
        var concerned = Set.of(individualId);
        holdPlacement.recheck(consents.openConcerning(concerned), concerned);
    }
}
