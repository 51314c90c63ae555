package org.safepassage.registry.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.safepassage.registry.HouseholdSummary;
import org.safepassage.registry.Person;
import org.safepassage.registry.RegisterHousehold;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
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
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/households")
@Tag(name = "Registry: households", description = "Households (without names) and their members (with names, "
        + "audited). REGISTRATION and ADMIN write; PROTECTION and LOGISTICS read.")
class HouseholdsApi {

    private final RegistryManagement registry;

    HouseholdsApi(RegistryManagement registry) {
        this.registry = registry;
    }

    @GetMapping
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    @Operation(summary = "List active households by ref, a page at a time (no names)")
    Page<HouseholdSummary> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return registry.households(new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    @Operation(summary = "One household (no names)")
    HouseholdSummary household(@PathVariable UUID id) {
        return registry.household(id).orElseThrow(() -> Problems.notFound("registry", "household", id));
    }

    @GetMapping("/by-ref/{ref}")
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    @Operation(summary = "One household by its ref (no names)")
    HouseholdSummary byRef(@PathVariable String ref) {
        return registry.householdByRef(ref).orElseThrow(() -> Problems.notFound("registry", "household", ref));
    }

    @GetMapping("/{id}/members")
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    @Operation(summary = "The members with their names and details (audited as a read of the household)")
    List<Person> members(@PathVariable UUID id) {
        registry.household(id).orElseThrow(() -> Problems.notFound("registry", "household", id));
        return registry.members(id);
    }

    @PostMapping
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    @Operation(summary = "Register a household with its members (exactly one HEAD)")
    ResponseEntity<HouseholdSummary> register(@RequestBody RegisterHousehold command) {
        var outcome = registry.registerHousehold(command);
        UUID id = done(outcome);
        return ResponseEntity.created(URI.create("/api/households/" + id))
                .body(registry.household(id).orElseThrow());
    }

    /** A refused change as 422 with every violation (field, message key, arguments). */
    static UUID done(RegistryOutcome outcome) {
        if (outcome instanceof RegistryOutcome.Rejected rejected) {
            var problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "registry", "rejected",
                    "The registry refused the change; see violations.");
            problem.getBody().setProperty("violations", rejected.violations());
            throw problem;
        }
        return ((RegistryOutcome.Done) outcome).id();
    }
}
