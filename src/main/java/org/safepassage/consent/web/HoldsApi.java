package org.safepassage.consent.web;

import java.util.UUID;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.ProtectionHold;
import org.safepassage.consent.ReleaseHold;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.safepassage.shared.web.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/holds")
@Allowed(Role.PROTECTION)
@Tag(name = "Protection holds", description = "People held back from a destination until a protection officer "
        + "releases them (PROTECTION)")
class HoldsApi {

    private final ConsentManagement consent;
    private final ApiOutcomes outcomes;

    HoldsApi(ConsentManagement consent, ApiOutcomes outcomes) {
        this.consent = consent;
        this.outcomes = outcomes;
    }

    record ReleaseRequest(String reason) {
    }

    @GetMapping
    @Operation(summary = "The review queue: unreleased holds, oldest first")
    Page<ProtectionHold> open(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) UUID destination) {
        return consent.openHolds(new PageRequest(page, size), destination);
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "Release a hold after review, with the reason")
    ProtectionHold release(@PathVariable UUID id, @RequestBody ReleaseRequest body) {
        if (consent.hold(id).isEmpty()) {
            throw Problems.notFound("consent", "hold", id);
        }
        outcomes.done(consent.releaseHold(new ReleaseHold(id, body.reason())));
        return consent.hold(id).orElseThrow();
    }
}
