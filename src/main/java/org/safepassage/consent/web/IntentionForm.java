package org.safepassage.consent.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safepassage.consent.Fear;
import org.safepassage.consent.IntentionChoice;
import org.safepassage.consent.InterviewLanguage;
import org.safepassage.consent.RecordIntention;
import org.safepassage.consent.StatedFear;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The intention survey as typed on the page. Fears come as {@code fear.<FEAR>=on} with an optional
 * {@code fearDestination.<FEAR>=<destination id>} (empty: every destination).
 */
record IntentionForm(UUID individualId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate surveyedOn,
        String interviewer, InterviewLanguage language, Boolean respondentAlone, IntentionChoice choice,
        UUID preferredDestinationId, UUID secondDestinationId, String freeText) {

    static IntentionForm blank(UUID individualId, LocalDate today, String interviewer) {
        return new IntentionForm(individualId, today, interviewer, InterviewLanguage.AR, Boolean.FALSE, null, null,
                null, null);
    }

    RecordIntention command(UUID householdId, List<StatedFear> fears) {
        return new RecordIntention(householdId, individualId, surveyedOn, interviewer, language,
                Boolean.TRUE.equals(respondentAlone), choice, preferredDestinationId, secondDestinationId, fears,
                freeText);
    }

    /** Reads the fears from the request parameters; unknown names and malformed ids are ignored. */
    static List<StatedFear> fears(Map<String, String> parameters) {
        List<StatedFear> fears = new ArrayList<>();
        for (Fear fear : Fear.values()) {
            if (parameters.containsKey("fear." + fear.name())) {
                String destination = parameters.get("fearDestination." + fear.name());
                UUID destinationId = null;
                if (destination != null && !destination.isBlank()) {
                    try {
                        destinationId = UUID.fromString(destination.trim());
                    } catch (IllegalArgumentException e) {
                        destinationId = null; // an altered form: the fear then concerns every destination
                    }
                }
                fears.add(new StatedFear(fear, destinationId));
            }
        }
        return fears;
    }
}
