package org.safepassage.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.Relationship;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's page: details (reading them is audited), needs, full history; moving to another household. */
@Controller
class PersonController {

    private final RegistryManagement registry;
    private final Clock clock;

    PersonController(RegistryManagement registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/registry/people/{id}")
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    String person(@PathVariable UUID id, Model model) {
        var person = registry.person(id).orElseThrow(() -> Problems.notFound("registry", "person", id));
        model.addAttribute("person", person);
        model.addAttribute("household", registry.household(person.householdId()).orElseThrow());
        model.addAttribute("history", registry.personHistory(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("needs", HouseholdController.needsByCode(registry));
        model.addAttribute("origin", registry.governorates().stream()
                .filter(g -> g.pcode().equals(person.originPcode())).findFirst().orElse(null));
        model.addAttribute("relationships", Relationship.values());
        return "registry/person";
    }

    @PostMapping("/registry/people/{id}/move")
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    String move(@PathVariable UUID id, @RequestParam(required = false) String householdRef,
            @RequestParam(required = false) Relationship relationship,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        var outcome = registry.movePerson(id, householdRef, relationship, reason);
        if (outcome instanceof RegistryOutcome.Rejected rejected) {
            redirect.addFlashAttribute("violations", rejected.violations());
        } else {
            redirect.addFlashAttribute("done", "registry.done.move");
        }
        return "redirect:/registry/people/" + id;
    }
}
