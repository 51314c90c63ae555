package org.safepassage.consent;

import java.util.UUID;

/** Event: an interview about where a household (or one member, when individualId is set) wants to go was recorded. */
public record IntentionRecorded(UUID surveyId, UUID householdId, UUID individualId) {
}
