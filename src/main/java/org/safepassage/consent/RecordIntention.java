package org.safepassage.consent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Command: record one interview about where a household (or one of its members) wants to go.
 *
 * @param individualId null when the household answered as one; a member whose answer differs from the
 *                     household's (a son of conscription age, say) gets their own survey
 * @param freeText     the respondent's own words, shown to PROTECTION only
 */
public record RecordIntention(UUID householdId, UUID individualId, LocalDate surveyedOn, String interviewer,
        InterviewLanguage language, boolean respondentAlone, IntentionChoice choice, UUID preferredDestinationId,
        UUID secondDestinationId, List<StatedFear> fears, String freeText) {

    public static final int MAX_FREE_TEXT = 4000;

    public RecordIntention {
        interviewer = interviewer == null ? "" : interviewer.strip();
        freeText = freeText == null || freeText.isBlank() ? null : freeText.strip();
        if (choice != IntentionChoice.DESTINATION) {
            preferredDestinationId = null;
        }
        // one entry per fear: the last one given wins
        Map<Fear, StatedFear> byFear = new LinkedHashMap<>();
        if (fears != null) {
            fears.stream().filter(java.util.Objects::nonNull).forEach(f -> byFear.put(f.fear(), f));
        }
        fears = List.copyOf(byFear.values());
    }

    /** The first problem with this command as a message key, or null when it is acceptable. */
    public String problem(LocalDate today) {
        if (householdId == null) {
            return "consent.intention.error.household";
        }
        if (surveyedOn == null || surveyedOn.isAfter(today)) {
            return "consent.intention.error.date";
        }
        if (interviewer.isEmpty()) {
            return "consent.intention.error.interviewer";
        }
        if (language == null) {
            return "consent.intention.error.language";
        }
        if (choice == null) {
            return "consent.intention.error.choice";
        }
        if (choice == IntentionChoice.DESTINATION && preferredDestinationId == null) {
            return "consent.intention.error.preferred";
        }
        if (secondDestinationId != null && secondDestinationId.equals(preferredDestinationId)) {
            return "consent.intention.error.second";
        }
        if (freeText != null && freeText.length() > MAX_FREE_TEXT) {
            return "consent.intention.error.freeText";
        }
        return null;
    }
}
