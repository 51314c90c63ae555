package org.safepassage.consent.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.HouseholdIntentions;
import org.safepassage.consent.IntentionChoice;
import org.safepassage.consent.IntentionFigures;
import org.safepassage.consent.InterviewLanguage;
import org.safepassage.consent.RecordIntention;
import org.safepassage.consent.StatedFear;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Intentions", description = "Where households and their members want to go (PROTECTION, REGISTRATION); "
        + "the respondents' own words (freeText) are returned to PROTECTION only")
class IntentionsApi {

    private final ConsentManagement consent;
    private final RegistryManagement registry;
    private final ApiOutcomes outcomes;

    IntentionsApi(ConsentManagement consent, RegistryManagement registry, ApiOutcomes outcomes) {
        this.consent = consent;
        this.registry = registry;
        this.outcomes = outcomes;
    }

    @Schema(description = "One interview. individualId empty: the household answered as one. fears: from the fixed "
            + "list, each for one destination or (destinationId empty) for every destination.")
    record IntentionRequest(UUID individualId, LocalDate surveyedOn, String interviewer, InterviewLanguage language,
            Boolean respondentAlone, IntentionChoice choice, UUID preferredDestinationId, UUID secondDestinationId,
            List<StatedFear> fears, String freeText) {
    }

    @GetMapping("/households/{id}/intentions")
    @Allowed({Role.PROTECTION, Role.REGISTRATION})
    @Operation(summary = "Every intention survey of a household, newest first, and the survey that speaks for each "
            + "member now (audited read)")
    HouseholdIntentions intentions(@PathVariable UUID id) {
        requireHousehold(id);
        return consent.intentions(id);
    }

    @PostMapping("/households/{id}/intentions")
    @Allowed({Role.PROTECTION, Role.REGISTRATION})
    @Operation(summary = "Record an intention survey of the household or of one member")
    ResponseEntity<Map<String, UUID>> record(@PathVariable UUID id, @RequestBody IntentionRequest body) {
        requireHousehold(id);
        UUID surveyId = outcomes.done(consent.recordIntention(new RecordIntention(id, body.individualId(),
                body.surveyedOn(), body.interviewer(), body.language(), Boolean.TRUE.equals(body.respondentAlone()),
                body.choice(), body.preferredDestinationId(), body.secondDestinationId(), body.fears(),
                body.freeText())));
        return ResponseEntity.created(URI.create("/api/households/" + id + "/intentions")).body(Map.of("id", surveyId));
    }

    @GetMapping("/intentions/figures")
    @Allowed({Role.ADMIN, Role.PROTECTION, Role.REGISTRATION, Role.ANALYST})
    @Operation(summary = "Counts of people by intention, destination, origin and fear; counts of 1-4 people are "
            + "withheld unless the caller may see individuals")
    IntentionFigures figures(Authentication authentication) {
        return consent.figures(!Viewer.of(authentication).seesIndividuals());
    }

    private void requireHousehold(UUID id) {
        if (registry.household(id).isEmpty()) {
            throw Problems.notFound("consent", "household", id);
        }
    }
}
