package org.safepassage.consent.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safepassage.consent.Consent;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.ConsentMethod;
import org.safepassage.consent.Destination;
import org.safepassage.consent.Fear;
import org.safepassage.consent.HouseholdIntentions;
import org.safepassage.consent.IntentionChoice;
import org.safepassage.consent.InterviewLanguage;
import org.safepassage.consent.Outcome;
import org.safepassage.consent.PlaceHold;
import org.safepassage.consent.ProtectionHold;
import org.safepassage.consent.TextLanguage;
import org.safepassage.consent.WithdrawalReason;
import org.safepassage.registry.HouseholdSummary;
import org.safepassage.registry.Person;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Relationship;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A household's intentions and consents: who wants to go where, who consented, who is held back, and the
 * forms to record an interview and a consent. For the people who interview: PROTECTION and REGISTRATION.
 */
@Controller
@Allowed({Role.PROTECTION, Role.REGISTRATION})
class HouseholdPages {

    private final ConsentManagement consent;
    private final RegistryManagement registry;
    private final Clock clock;

    HouseholdPages(ConsentManagement consent, RegistryManagement registry, Clock clock) {
        this.consent = consent;
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/consent/households/{id}")
    String household(@PathVariable UUID id, Authentication authentication, Model model) {
        HouseholdSummary household = household(id);
        var viewer = Viewer.of(authentication);
        List<Person> people = registry.members(id);
        HouseholdIntentions intentions = consent.intentions(id);
        List<Consent> consents = consent.consents(id);
        List<ProtectionHold> holds = consent.holds(id);

        LocalDate today = LocalDate.now(clock);
        boolean noAdult = people.stream().allMatch(p -> p.ageOn(today) < 18);
        List<MemberView> members = new ArrayList<>();
        for (Person person : people) {
            int age = person.ageOn(today);
            boolean minor = age < 18;
            boolean head = person.relationship() == Relationship.HEAD;
            Optional<Consent> own = consents.stream()
                    .filter(c -> c.individualId().equals(person.id()) && !c.withdrawn()).findFirst();
            Optional<Consent> heads = consents.stream()
                    .filter(c -> !c.withdrawn() && c.individualId().equals(household.headId())
                            && c.minorIds().contains(person.id()))
                    .findFirst();
            Optional<Consent> determined = own.filter(Consent::carriesAChild);
            Consent carrying = minor ? determined.or(() -> heads).orElse(null) : own.orElse(null);
            var current = intentions.current(person.id());
            members.add(new MemberView(person, age, minor, head, current.orElse(null),
                    current.map(s -> !s.household()).orElse(false), carrying,
                    minor && carrying != null && determined.isEmpty(),
                    carrying == null ? null : consent.mayTravel(person.id(), carrying.destinationId()),
                    holds.stream().filter(h -> h.individualId().equals(person.id()) && !h.released()).toList(),
                    !minor || noAdult && viewer.is(Role.PROTECTION)));
        }
        members.sort(Comparator.comparing((MemberView m) -> !m.head()).thenComparing(m -> -m.age()));

        model.addAttribute("household", household);
        model.addAttribute("members", members);
        model.addAttribute("intentions", intentions);
        model.addAttribute("consents", consents);
        model.addAttribute("holds", viewer.is(Role.PROTECTION) ? holds : List.of());
        model.addAttribute("refs", people.stream().collect(Collectors.toMap(Person::id, Person::ref)));
        model.addAttribute("destinations", destinationsById());
        model.addAttribute("activeDestinations", consent.activeDestinations());
        model.addAttribute("withdrawalReasons", withdrawalReasons());
        model.addAttribute("protection", viewer.is(Role.PROTECTION));
        return "consent/household";
    }

    // ---- intention survey ----------------------------------------------------------------------------------

    @GetMapping("/consent/households/{id}/intentions/new")
    String intentionForm(@PathVariable UUID id, @RequestParam(required = false) UUID individual,
            Authentication authentication, Model model) {
        HouseholdSummary household = household(id);
        return intentionPage(household, IntentionForm.blank(individual, LocalDate.now(clock),
                authentication == null ? "" : authentication.getName()), List.of(), model);
    }

    @PostMapping("/consent/households/{id}/intentions")
    String recordIntention(@PathVariable UUID id, @ModelAttribute("form") IntentionForm form,
            @RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        HouseholdSummary household = household(id);
        var fears = IntentionForm.fears(parameters);
        var outcome = consent.recordIntention(form.command(id, fears));
        if (outcome instanceof Outcome.Rejected rejected) {
            model.addAttribute("error", rejected.reasonKey());
            return intentionPage(household, form, fears, model);
        }
        redirect.addFlashAttribute("done", "consent.intention.recorded");
        return "redirect:/consent/households/" + id;
    }

    private String intentionPage(HouseholdSummary household, IntentionForm form,
            List<org.safepassage.consent.StatedFear> fears, Model model) {
        model.addAttribute("household", household);
        model.addAttribute("people", registry.members(household.id()));
        model.addAttribute("form", form);
        model.addAttribute("statedFears", fears.stream().collect(Collectors.toMap(
                f -> f.fear().name(), f -> f.destinationId() == null ? "" : f.destinationId().toString())));
        model.addAttribute("activeDestinations", consent.activeDestinations());
        model.addAttribute("languages", InterviewLanguage.values());
        model.addAttribute("choices", IntentionChoice.values());
        model.addAttribute("fears", Fear.values());
        return "consent/intention-form";
    }

    // ---- consent -------------------------------------------------------------------------------------------

    @GetMapping("/consent/households/{id}/consents/new")
    String consentForm(@PathVariable UUID id, @RequestParam(required = false) UUID individual,
            @RequestParam(required = false) UUID destination, @RequestParam(required = false) TextLanguage text,
            Model model) {
        HouseholdSummary household = household(id);
        List<Person> people = registry.members(id);
        Person person = people.stream().filter(p -> p.id().equals(individual)).findFirst()
                .orElseThrow(() -> Problems.notFound("consent", "person", individual));
        UUID preferred = destination != null ? destination
                : consent.intentions(id).current(person.id()).map(s -> s.preferredDestinationId()).orElse(null);
        var version = consent.currentInformationText().map(t -> t.version()).orElse(null);
        LocalDate today = LocalDate.now(clock);
        var form = new ConsentForm(person.id(), preferred, today, today.plusDays(30), version,
                text == null ? TextLanguage.AR : text, Boolean.FALSE, null, null, minorIds(person, people));
        return consentPage(household, people, person, form, model);
    }

    @PostMapping("/consent/households/{id}/consents")
    String giveConsent(@PathVariable UUID id, @ModelAttribute("form") ConsentForm form, Model model,
            RedirectAttributes redirect) {
        HouseholdSummary household = household(id);
        var outcome = consent.giveConsent(form.command(id));
        if (outcome instanceof Outcome.Rejected rejected) {
            List<Person> people = registry.members(id);
            var person = people.stream().filter(p -> p.id().equals(form.individualId())).findFirst();
            if (person.isEmpty()) {
                redirect.addFlashAttribute("error", rejected.reasonKey());
                return "redirect:/consent/households/" + id;
            }
            model.addAttribute("error", rejected.reasonKey());
            return consentPage(household, people, person.get(), form, model);
        }
        redirect.addFlashAttribute("done", "consent.give.recorded");
        return "redirect:/consent/households/" + id;
    }

    private String consentPage(HouseholdSummary household, List<Person> people, Person person, ConsentForm form,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        TextLanguage language = form.textLanguage() == null ? TextLanguage.AR : form.textLanguage();
        var text = form.informationTextVersion() == null ? consent.currentInformationText()
                : consent.informationText(form.informationTextVersion()).or(consent::currentInformationText);
        model.addAttribute("household", household);
        model.addAttribute("person", person);
        model.addAttribute("age", person.ageOn(today));
        model.addAttribute("head", person.relationship() == Relationship.HEAD);
        boolean child = person.ageOn(today) < 18;
        model.addAttribute("minors", person.relationship() == Relationship.HEAD
                ? people.stream().filter(p -> p.ageOn(today) < 18 && !p.id().equals(person.id())).toList()
                : List.of());
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("textLanguage", language);
        model.addAttribute("text", text.orElse(null));
        model.addAttribute("activeDestinations", consent.activeDestinations());
        model.addAttribute("destination", form.destinationId() == null ? null
                : consent.destination(form.destinationId()).orElse(null));
        // a child's only way is a best-interests determination; an adult's never is
        model.addAttribute("methods", java.util.Arrays.stream(ConsentMethod.values())
                .filter(m -> (m == ConsentMethod.BEST_INTERESTS) == child).toList());
        model.addAttribute("languages", TextLanguage.values());
        return "consent/consent-form";
    }

    private java.util.Set<UUID> minorIds(Person person, List<Person> people) {
        if (person.relationship() != Relationship.HEAD) {
            return java.util.Set.of();
        }
        LocalDate today = LocalDate.now(clock);
        return people.stream().filter(p -> p.ageOn(today) < 18 && !p.id().equals(person.id())).map(Person::id)
                .collect(Collectors.toSet());
    }

    // ---- holds placed by hand ------------------------------------------------------------------------------

    @PostMapping("/consent/households/{id}/holds")
    @Allowed(Role.PROTECTION)
    String placeHold(@PathVariable UUID id, @RequestParam(required = false) UUID individual,
            @RequestParam(required = false) UUID destination, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        household(id);
        var outcome = consent.placeHold(new PlaceHold(id, individual, destination, reason));
        redirect.addFlashAttribute(outcome instanceof Outcome.Rejected ? "error" : "done",
                outcome instanceof Outcome.Rejected r ? r.reasonKey() : "consent.hold.placed.done");
        return "redirect:/consent/households/" + id;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private HouseholdSummary household(UUID id) {
        return registry.household(id).orElseThrow(() -> Problems.notFound("consent", "household", id));
    }

    private Map<UUID, Destination> destinationsById() {
        return consent.destinations().stream()
                .collect(Collectors.toMap(Destination::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    static List<WithdrawalReason> withdrawalReasons() {
        return java.util.Arrays.stream(WithdrawalReason.values()).filter(r -> r != WithdrawalReason.SUPERSEDED)
                .toList();
    }
}
