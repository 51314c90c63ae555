package org.safepassage.consent;

import java.util.UUID;

/** Command: a protection officer has reviewed a hold and releases it, saying why. */
public record ReleaseHold(UUID holdId, String reason) {

    public ReleaseHold {
        reason = reason == null ? "" : reason.strip();
    }

    public String problem() {
        if (holdId == null) {
            return "consent.hold.error.hold";
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
