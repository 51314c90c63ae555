package org.safepassage.transport.manifest;

import java.util.Set;
import java.util.UUID;

import org.safepassage.consent.ConsentGiven;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.ConsentWithdrawn;
import org.safepassage.consent.ProtectionHoldPlaced;
import org.safepassage.consent.ProtectionHoldReleased;
import org.safepassage.registry.HouseholdSplit;
import org.safepassage.registry.HouseholdsMerged;
import org.safepassage.registry.PersonMoved;
import org.safepassage.transport.planning.FlagReason;
import org.safepassage.transport.planning.PlanFlagging;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps plans and manifests true to who may travel, as soon as that changes: a withdrawal or a protection hold
 * flags the plans holding the person and takes them off frozen manifests with an amendment; a new consent or a
 * released hold flags the plans that could now take them; a household the registry reshaped flags the plans
 * that hold it. A withdrawal whose person may still travel there (a newer consent to the same place) changes
 * nothing.
 */
@Component
class ConsentChanges {

    private final ConsentManagement consent;
    private final PlanFlagging flagging;
    private final ManifestAmendments amendments;

    ConsentChanges(ConsentManagement consent, PlanFlagging flagging, ManifestAmendments amendments) {
        this.consent = consent;
        this.flagging = flagging;
        this.amendments = amendments;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn event) {
        for (UUID person : event.affectedIndividualIds()) {
            if (consent.mayTravel(person, event.destinationId()).mayTravel()) {
                continue;
            }
            flagging.mayNoLongerTravel(person, event.householdId(), event.destinationId(), FlagReason.CONSENT_WITHDRAWN,
                    event.consentId());
            amendments.takeOff(person, event.destinationId(), AmendmentReason.CONSENT_WITHDRAWN, event.consentId());
        }
    }

    @ApplicationModuleListener
    void on(ProtectionHoldPlaced event) {
        flagging.mayNoLongerTravel(event.individualId(), event.householdId(), event.destinationId(),
                FlagReason.HOLD_PLACED, event.holdId());
        amendments.takeOff(event.individualId(), event.destinationId(), AmendmentReason.PROTECTION_HOLD, event.holdId());
    }

    @ApplicationModuleListener
    void on(ConsentGiven event) {
        var eligible = event.affectedIndividualIds().stream()
                .filter(person -> consent.mayTravel(person, event.destinationId()).mayTravel()).toList();
        flagging.mayNowTravel(eligible, event.householdId(), event.destinationId(), FlagReason.CONSENT_GIVEN,
                event.consentId());
    }

    @ApplicationModuleListener
    void on(ProtectionHoldReleased event) {
        if (consent.mayTravel(event.individualId(), event.destinationId()).mayTravel()) {
            flagging.mayNowTravel(Set.of(event.individualId()), event.householdId(), event.destinationId(),
                    FlagReason.HOLD_RELEASED, event.holdId());
        }
    }

    @ApplicationModuleListener
    void on(PersonMoved event) {
        flagging.householdChanged(event.fromHouseholdId(), null);
        flagging.householdChanged(event.toHouseholdId(), null);
    }

    @ApplicationModuleListener
    void on(HouseholdSplit event) {
        flagging.householdChanged(event.fromHouseholdId(), null);
    }

    @ApplicationModuleListener
    void on(HouseholdsMerged event) {
        flagging.householdChanged(event.keptHouseholdId(), null);
        flagging.householdChanged(event.absorbedHouseholdId(), null);
    }
}
