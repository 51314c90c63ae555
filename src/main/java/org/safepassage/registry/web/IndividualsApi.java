package org.safepassage.registry.web;

import java.util.UUID;

import org.safepassage.registry.ChangeRecord;
import org.safepassage.registry.Person;
import org.safepassage.registry.PersonDetails;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.SearchHit;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.safepassage.shared.web.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/individuals")
@Tag(name = "Registry: individuals", description = "People with their names: every read of a person is audited. "
        + "REGISTRATION and ADMIN write; PROTECTION and LOGISTICS read; never ANALYST.")
class IndividualsApi {

    private final RegistryManagement registry;

    IndividualsApi(RegistryManagement registry) {
        this.registry = registry;
    }

    /** A correction of a person's details, with the reason kept in the history. */
    record Correction(PersonDetails details, String reason) {
    }

    @GetMapping
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    @Operation(summary = "Search by name (Latin or Arabic script), ref, phone or block; every word must match")
    Page<SearchHit> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        return registry.search(q, new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    @Operation(summary = "One person's full record (audited)")
    Person person(@PathVariable UUID id) {
        return registry.person(id).orElseThrow(() -> Problems.notFound("registry", "person", id));
    }

    @GetMapping("/{id}/history")
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    @Operation(summary = "Every change to the person: who, when, field, old and new value, reason")
    java.util.List<ChangeRecord> history(@PathVariable UUID id) {
        registry.person(id).orElseThrow(() -> Problems.notFound("registry", "person", id));
        return registry.personHistory(id);
    }

    @PutMapping("/{id}")
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    @Operation(summary = "Correct a person's details (the head is changed on the household, not here)")
    Person correct(@PathVariable UUID id, @RequestBody Correction correction) {
        if (registry.household(registry.person(id)
                .orElseThrow(() -> Problems.notFound("registry", "person", id)).householdId()).isEmpty()) {
            throw Problems.notFound("registry", "person", id);
        }
        if (correction == null || correction.details() == null) {
            throw Problems.problem(org.springframework.http.HttpStatus.BAD_REQUEST, "registry", "no-details",
                    "Give the person's details.");
        }
        HouseholdsApi.done(registry.changePerson(id, correction.details(), correction.reason()));
        return registry.person(id).orElseThrow();
    }
}
