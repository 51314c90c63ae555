package org.safepassage.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.RegistryOutcome.Violation;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;
import org.safepassage.registry.SpecificNeed;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a household with its members, adding a member, and correcting a person's details. */
@Controller
@Allowed({Role.ADMIN, Role.REGISTRATION})
class RegistrationController {

    private final RegistryManagement registry;
    private final MessageSource messages;

    RegistrationController(RegistryManagement registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("governorates", registry.governorates());
        model.addAttribute("needChoices", registry.specificNeeds().stream().filter(SpecificNeed::active).toList());
    }

    @GetMapping("/registry/households/new")
    String registrationForm(Model model) {
        model.addAttribute("form", HouseholdForm.empty());
        model.addAttribute("errors", Map.of());
        return "registry/register";
    }

    @PostMapping("/registry/households/new")
    String register(@ModelAttribute("form") HouseholdForm form,
            @RequestParam(name = "addMember", required = false) String addMember,
            @RequestParam(name = "removeMember", required = false) Integer removeMember, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (addMember != null || form.members().isEmpty()) {
            model.addAttribute("form", form.withAnotherMember());
            model.addAttribute("errors", Map.of());
            return "registry/register";
        }
        if (removeMember != null) {
            model.addAttribute("form", form.withoutMember(removeMember));
            model.addAttribute("errors", Map.of());
            return "registry/register";
        }
        List<Violation> violations = new ArrayList<>();
        var command = form.command(violations);
        var outcome = violations.isEmpty() ? registry.registerHousehold(command) : null;
        if (outcome instanceof RegistryOutcome.Done done) {
            redirect.addFlashAttribute("done", "registry.done.registered");
            return "redirect:/registry/households/" + done.id();
        }
        if (outcome instanceof RegistryOutcome.Rejected rejected) {
            violations.addAll(rejected.violations());
        }
        model.addAttribute("errors", render(violations, locale));
        return "registry/register";
    }

    @GetMapping("/registry/households/{id}/members/new")
    String memberForm(@PathVariable UUID id, Model model) {
        model.addAttribute("household", registry.household(id)
                .orElseThrow(() -> Problems.notFound("registry", "household", id)));
        model.addAttribute("member", MemberForm.empty(Relationship.CHILD));
        model.addAttribute("errors", Map.of());
        return "registry/member";
    }

    @PostMapping("/registry/households/{id}/members/new")
    String addMember(@PathVariable UUID id, @ModelAttribute("member") MemberForm member, Model model,
            Locale locale, RedirectAttributes redirect) {
        var household = registry.household(id).orElseThrow(() -> Problems.notFound("registry", "household", id));
        List<Violation> violations = new ArrayList<>();
        var newMember = member.newMember("", violations);
        var outcome = violations.isEmpty() ? registry.addMember(id, newMember) : null;
        if (outcome instanceof RegistryOutcome.Done) {
            redirect.addFlashAttribute("done", "registry.done.memberAdded");
            return "redirect:/registry/households/" + id;
        }
        if (outcome instanceof RegistryOutcome.Rejected rejected) {
            violations.addAll(rejected.violations());
        }
        model.addAttribute("household", household);
        model.addAttribute("errors", render(violations, locale));
        return "registry/member";
    }

    @GetMapping("/registry/people/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        var person = registry.person(id).orElseThrow(() -> Problems.notFound("registry", "person", id));
        model.addAttribute("person", person);
        model.addAttribute("member", MemberForm.of(person));
        model.addAttribute("editing", true);
        model.addAttribute("errors", Map.of());
        return "registry/edit";
    }

    @PostMapping("/registry/people/{id}/edit")
    String edit(@PathVariable UUID id, @ModelAttribute("member") MemberForm member,
            @RequestParam(required = false) String reason, Model model, Locale locale, RedirectAttributes redirect) {
        var person = registry.person(id).orElseThrow(() -> Problems.notFound("registry", "person", id));
        List<Violation> violations = new ArrayList<>();
        var details = member.details("", violations);
        var outcome = violations.isEmpty() ? registry.changePerson(id, details, reason) : null;
        if (outcome instanceof RegistryOutcome.Done) {
            redirect.addFlashAttribute("done", "registry.done.changed");
            return "redirect:/registry/people/" + id;
        }
        if (outcome instanceof RegistryOutcome.Rejected rejected) {
            violations.addAll(rejected.violations());
        }
        model.addAttribute("person", person);
        model.addAttribute("editing", true);
        model.addAttribute("errors", render(violations, locale));
        return "registry/edit";
    }

    /** Messages by form field ("" for the whole form), in the reader's language. */
    private Map<String, List<String>> render(List<Violation> violations, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Violation v : violations) {
            byField.computeIfAbsent(v.field() == null ? "" : v.field(), f -> new ArrayList<>())
                    .add(messages.getMessage(v.messageKey(), v.args().toArray(), v.messageKey(), locale));
        }
        return byField;
    }
}
