package org.safepassage.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One recorded interview. Surveys are never changed; the newest one concerning a person is their current
 * intention, the older ones are the trend.
 *
 * @param individualId null when the household answered as one
 * @param freeText     the respondent's own words; null unless the reader is a PROTECTION officer
 */
public record IntentionSurvey(UUID id, UUID householdId, UUID individualId, LocalDate surveyedOn, String interviewer,
        InterviewLanguage language, boolean respondentAlone, IntentionChoice choice, UUID preferredDestinationId,
        UUID secondDestinationId, List<StatedFear> fears, String freeText, Instant recordedAt, String recordedBy) {

    public IntentionSurvey {
        fears = List.copyOf(fears);
    }

    public boolean household() {
        return individualId == null;
    }

    /** Whether the respondent fears what the authorities may do to them on the way to or at the destination. */
    public boolean fearsTheAuthoritiesAt(UUID destinationId) {
        return fears.stream().anyMatch(f -> Fear.OF_THE_AUTHORITIES.contains(f.fear()) && f.concerns(destinationId));
    }

    IntentionSurvey withoutFreeText() {
        return new IntentionSurvey(id, householdId, individualId, surveyedOn, interviewer, language, respondentAlone,
                choice, preferredDestinationId, secondDestinationId, fears, null, recordedAt, recordedBy);
    }
}
