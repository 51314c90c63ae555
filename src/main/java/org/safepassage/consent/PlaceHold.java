package org.safepassage.consent;

import java.util.UUID;

/** Command: a protection officer holds a person back from convoys to a destination, saying why. */
public record PlaceHold(UUID householdId, UUID individualId, UUID destinationId, String reason) {

    public PlaceHold {
        reason = reason == null ? "" : reason.strip();
    }

    public String problem() {
        if (householdId == null || individualId == null) {
            return "consent.hold.error.person";
        }
        if (destinationId == null) {
            return "consent.hold.error.destination";
        }
        if (reason.length() < 5) {
            return "consent.hold.error.reason";
        }
        if (reason.length() > RecordIntention.MAX_FREE_TEXT) {
            return "consent.hold.error.reasonLength";
        }
        return null;
    }
}
