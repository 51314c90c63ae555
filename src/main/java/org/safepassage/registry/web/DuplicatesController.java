package org.safepassage.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.safepassage.registry.Deduplication;
import org.safepassage.registry.Governorate;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.internal.duplicates.DuplicateFinding;
import org.safepassage.registry.internal.duplicates.DuplicatePair;
import org.safepassage.registry.internal.duplicates.DuplicatePairs;
import org.safepassage.registry.internal.duplicates.PairPeople;
import org.safepassage.registry.internal.duplicates.PersonMerges;
import org.safepassage.registry.internal.template.TemplateRow;
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

/**
 * Possible duplicates: the warning while a person is typed in, the review queue where a clerk confirms (merges)
 * or rejects each pair, and the undoing of a merge by an administrator.
 */
@Controller
class DuplicatesController {

    private static final int WARNING_LIMIT = 3;

    private final DuplicateFinding finding;
    private final DuplicatePairs pairs;
    private final PairPeople people;
    private final PersonMerges merges;
    private final RegistryManagement registry;

    DuplicatesController(DuplicateFinding finding, DuplicatePairs pairs, PairPeople people, PersonMerges merges,
            RegistryManagement registry) {
        this.finding = finding;
        this.pairs = pairs;
        this.people = people;
        this.merges = merges;
        this.registry = registry;
    }

    /** A match for the warning: who, how sure, and why in the reader's language. */
    record Warning(PairPeople.Side person, Deduplication.Decision decision, double score, String reasons) {
    }

    /**
     * Checks the person being typed (fields named with {@code prefix}, e.g. "members[0].") against everyone
     * registered; answers the warning fragment, empty while there is not yet a name to go on.
     */
    @PostMapping("/registry/duplicates/check")
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    String check(@RequestParam Map<String, String> form, Model model, Locale locale) {
        String prefix = form.getOrDefault("prefix", "");
        if (!prefix.isEmpty() && !prefix.matches("members\\[\\d{1,2}]\\.")) {
            prefix = "";
        }
        TemplateRow typed = typed(form, prefix);
        List<Warning> warnings = new ArrayList<>();
        boolean named = (!typed.givenName().isEmpty() || !typed.givenNameAr().isEmpty())
                && (!typed.familyName().isEmpty() || !typed.familyNameAr().isEmpty());
        UUID editing = uuid(form.get(prefix + "personId"));
        if (named) {
            for (var candidate : finding.candidates(typed, WARNING_LIMIT + 1)) {
                if (candidate.individualId().equals(editing) || warnings.size() == WARNING_LIMIT) {
                    continue;
                }
                people.read(candidate.individualId()).ifPresent(side -> warnings.add(new Warning(side,
                        candidate.decision(), candidate.score(), Deduplication.explain(candidate.reasons(), locale))));
            }
        }
        model.addAttribute("warnings", warnings);
        return "registry/duplicate-fragments :: warning";
    }

    @GetMapping("/registry/duplicates")
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    String queue(@RequestParam(defaultValue = "open") String show, @RequestParam(defaultValue = "0") int page,
            Model model, Locale locale) {
        boolean decided = "decided".equals(show);
        var request = new PageRequest(Math.max(0, page), 20);
        var found = decided ? pairs.decided(request) : pairs.open(request);
        model.addAttribute("show", decided ? "decided" : "open");
        model.addAttribute("page", found.map(pair -> view(pair, locale)));
        return "registry/duplicates";
    }

    @GetMapping("/registry/duplicates/{id}")
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    String pair(@PathVariable UUID id, Model model, Locale locale) {
        var pair = pairs.find(id).orElseThrow(() -> Problems.notFound("registry", "duplicate", id));
        model.addAttribute("pair", view(pair, locale));
        model.addAttribute("governorates", registry.governorates().stream()
                .collect(java.util.stream.Collectors.toMap(Governorate::pcode, g -> g)));
        return "registry/duplicate";
    }

    @PostMapping("/registry/duplicates/{id}/merge")
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    String merge(@PathVariable UUID id, @RequestParam(required = false) String keep,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return outcome(id, merges.merge(id, uuid(keep), reason), "dedup.done.merged", redirect);
    }

    @PostMapping("/registry/duplicates/{id}/reject")
    @Allowed({Role.ADMIN, Role.REGISTRATION})
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return outcome(id, merges.reject(id, reason), "dedup.done.rejected", redirect);
    }

    @PostMapping("/registry/duplicates/{id}/undo")
    @Allowed(Role.ADMIN)
    String undo(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return outcome(id, merges.undo(id, reason), "dedup.done.undone", redirect);
    }

    /** The pairs one person is part of, for their page (loaded into it by htmx). */
    @GetMapping("/registry/people/{id}/duplicates")
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    String ofPerson(@PathVariable UUID id, Model model, Locale locale) {
        List<PairView> views = new ArrayList<>();
        for (DuplicatePair pair : pairs.concerning(id)) {
            if (pair.status() != DuplicatePair.Status.REJECTED) {
                views.add(view(pair, locale));
            }
        }
        model.addAttribute("pairs", views);
        model.addAttribute("personId", id);
        return "registry/duplicate-fragments :: ofPerson";
    }

    /** A pair as the pages show it. */
    record PairView(DuplicatePair pair, PairPeople.Side a, PairPeople.Side b, String reasons) {

        public PairPeople.Side other(UUID person) {
            return a != null && a.id().equals(person) ? b : a;
        }
    }

    private PairView view(DuplicatePair pair, Locale locale) {
        return new PairView(pair, people.read(pair.personA()).orElse(null), people.read(pair.personB()).orElse(null),
                Deduplication.explain(pair.reasons(), locale));
    }

    private static String outcome(UUID id, RegistryOutcome outcome, String done, RedirectAttributes redirect) {
        if (outcome instanceof RegistryOutcome.Rejected rejected) {
            if (rejected.violations().stream().anyMatch(v -> v.messageKey().equals("dedup.error.noPair"))) {
                throw Problems.notFound("registry", "duplicate", id);
            }
            redirect.addFlashAttribute("violations", rejected.violations());
        } else {
            redirect.addFlashAttribute("done", done);
        }
        return "redirect:/registry/duplicates/" + id;
    }

    private static TemplateRow typed(Map<String, String> form, String prefix) {
        return new TemplateRow("", "", "", form.get(prefix + "givenName"), form.get(prefix + "fatherName"),
                form.get(prefix + "familyName"), form.get(prefix + "givenNameAr"), form.get(prefix + "fatherNameAr"),
                form.get(prefix + "familyNameAr"), form.get(prefix + "sex"), form.get(prefix + "birthDate"),
                form.get(prefix + "originPcode"), "", "", form.get(prefix + "phone"), "");
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
