package org.safepassage.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safepassage.registry.Person;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.SpecificNeed;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.PageRequest;
import org.safepassage.shared.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A household's page (members, needs, history) and the recorded operations on it. */
@Controller
class HouseholdController {

    private final RegistryManagement registry;
    private final Clock clock;

    HouseholdController(RegistryManagement registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/registry/households/{id}")
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    String household(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        var household = registry.household(id).orElseThrow(() -> Problems.notFound("registry", "household", id));
        model.addAttribute("household", household);
        model.addAttribute("members", registry.members(id));
        model.addAttribute("history", registry.householdHistory(id, new PageRequest(page, 20)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("needs", needsByCode(registry));
        model.addAttribute("governorates", registry.governorates().stream()
                .collect(Collectors.toMap(g -> g.pcode(), g -> g)));
        model.addAttribute("relationships", Relationship.values());
        return "registry/household";
    }

    static Map<String, SpecificNeed> needsByCode(RegistryManagement registry) {
        return registry.specificNeeds().stream().collect(Collectors.toMap(SpecificNeed::code, Function.identity()));
    }

    @PostMapping("/registry/households/{id}/block")
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    String block(@PathVariable UUID id, @RequestParam(required = false) String shelterBlock,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return report(id, registry.changeShelterBlock(id, shelterBlock, reason), "registry.done.block", redirect);
    }

    @PostMapping("/registry/households/{id}/split")
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    String split(@PathVariable UUID id, @RequestParam(name = "members", required = false) Set<UUID> members,
            @RequestParam(required = false) UUID newHead, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        var outcome = registry.splitHousehold(id, members, newHead, reason);
        if (outcome instanceof RegistryOutcome.Done done) {
            redirect.addFlashAttribute("done", "registry.done.split");
            return "redirect:/registry/households/" + done.id();
        }
        return report(id, outcome, null, redirect);
    }

    @PostMapping("/registry/households/{id}/merge")
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    String merge(@PathVariable UUID id, @RequestParam(required = false) String absorbedRef,
            @RequestParam(required = false) Relationship formerHeadBecomes,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return report(id, registry.mergeHouseholds(id, absorbedRef, formerHeadBecomes, reason),
                "registry.done.merge", redirect);
    }

    @PostMapping("/registry/households/{id}/head")
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    String head(@PathVariable UUID id, @RequestParam(required = false) UUID newHead,
            @RequestParam(required = false) Relationship formerHeadBecomes,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return report(id, registry.changeHead(id, newHead, formerHeadBecomes, reason), "registry.done.head",
                redirect);
    }

    private String report(UUID id, RegistryOutcome outcome, String doneKey, RedirectAttributes redirect) {
        if (outcome instanceof RegistryOutcome.Rejected rejected) {
            redirect.addFlashAttribute("violations", rejected.violations());
        } else {
            redirect.addFlashAttribute("done", doneKey);
        }
        if (registry.household(id).isEmpty()) {
            return "redirect:/registry";
        }
        return "redirect:/registry/households/" + id;
    }

    static boolean isHead(Person person) {
        return person.relationship() == Relationship.HEAD;
    }
}
