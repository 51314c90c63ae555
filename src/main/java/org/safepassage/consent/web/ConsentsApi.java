package org.safepassage.consent.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safepassage.consent.Consent;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.ConsentMethod;
import org.safepassage.consent.GiveConsent;
import org.safepassage.consent.TextLanguage;
import org.safepassage.consent.WithdrawConsent;
import org.safepassage.consent.WithdrawalReason;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/consents")
@Tag(name = "Consents", description = "Informed consent to travel to a destination, and its withdrawal, which takes "
        + "effect at once")
class ConsentsApi {

    private final ConsentManagement consent;
    private final ApiOutcomes outcomes;

    ConsentsApi(ConsentManagement consent, ApiOutcomes outcomes) {
        this.consent = consent;
        this.outcomes = outcomes;
    }

    @Schema(description = "An adult's consent, or (method BEST_INTERESTS, PROTECTION only) a best-interests "
            + "determination for a child in a household without an adult. minorIds: for a head of household, the "
            + "household's minors it covers. "
            + "informationTextVersion/language: the text that was read out; informationReadOut must be true.")
    record ConsentRequest(UUID householdId, UUID individualId, UUID destinationId, LocalDate windowFrom,
            LocalDate windowUntil, Integer informationTextVersion, TextLanguage language, Boolean informationReadOut,
            ConsentMethod method, String witness, Set<UUID> minorIds) {
    }

    @Schema(description = "Why the consent ends (SUPERSEDED is set by the system only); note is shown to "
            + "PROTECTION only and required for OTHER")
    record WithdrawalRequest(WithdrawalReason reason, String note) {
    }

    @GetMapping
    @Allowed({Role.PROTECTION, Role.REGISTRATION})
    @Operation(summary = "Every consent recorded in a household, newest first (audited read)")
    List<Consent> consents(@RequestParam(required = false) UUID household) {
        if (household == null) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "consent", "household-required",
                    "Give the household: /api/consents?household={id}");
        }
        return consent.consents(household);
    }

    @GetMapping("/{id}")
    @Allowed({Role.PROTECTION, Role.REGISTRATION})
    @Operation(summary = "One consent (audited read)")
    Consent one(@PathVariable UUID id) {
        return consent.consent(id).orElseThrow(() -> Problems.notFound("consent", "consent", id));
    }

    @PostMapping
    @Allowed({Role.PROTECTION, Role.REGISTRATION})
    @Operation(summary = "Record a consent; an open consent of the same person to any destination is withdrawn "
            + "(SUPERSEDED) first")
    ResponseEntity<Consent> give(@RequestBody ConsentRequest body) {
        UUID id = outcomes.done(consent.giveConsent(new GiveConsent(body.householdId(), body.individualId(),
                body.destinationId(), body.windowFrom(), body.windowUntil(), body.informationTextVersion(),
                body.language(), Boolean.TRUE.equals(body.informationReadOut()), body.method(), body.witness(),
                body.minorIds())));
        return ResponseEntity.created(URI.create("/api/consents/" + id)).body(consent.consent(id).orElseThrow());
    }

    @PostMapping("/{id}/withdrawal")
    @Allowed({Role.PROTECTION, Role.REGISTRATION, Role.LOGISTICS})
    @Operation(summary = "Withdraw a consent; the person and the minors it covered may no longer travel, at once")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @RequestBody WithdrawalRequest body) {
        outcomes.done(consent.withdrawConsent(new WithdrawConsent(id, body.reason(), body.note())));
        return ResponseEntity.noContent().build();
    }
}
