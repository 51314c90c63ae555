package org.safepassage.consent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A household's intentions: every survey (newest first: the trend) and which survey speaks for each member now.
 *
 * @param currentSurveyByIndividual member id -> id of their current survey
 */
public record HouseholdIntentions(UUID householdId, List<IntentionSurvey> surveys,
        Map<UUID, UUID> currentSurveyByIndividual) {

    public HouseholdIntentions {
        surveys = List.copyOf(surveys);
        currentSurveyByIndividual = Map.copyOf(currentSurveyByIndividual);
    }

    public Optional<IntentionSurvey> current(UUID individualId) {
        UUID surveyId = currentSurveyByIndividual.get(individualId);
        return surveys.stream().filter(s -> s.id().equals(surveyId)).findFirst();
    }

    /** The newest survey the household answered as one. */
    public Optional<IntentionSurvey> latestOfHousehold() {
        return surveys.stream().filter(IntentionSurvey::household).findFirst();
    }
}
