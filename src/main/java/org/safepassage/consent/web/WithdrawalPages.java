package org.safepassage.consent.web;

import java.util.UUID;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.Outcome;
import org.safepassage.consent.WithdrawConsent;
import org.safepassage.consent.WithdrawalReason;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Withdrawing a consent, from the household page or, for a person who refuses at the bus, from the travel
 * list. Whoever the person tells may record it: PROTECTION, REGISTRATION and LOGISTICS.
 */
@Controller
@Allowed({Role.PROTECTION, Role.REGISTRATION, Role.LOGISTICS})
class WithdrawalPages {

    private final ConsentManagement consent;
    private final RegistryManagement registry;

    WithdrawalPages(ConsentManagement consent, RegistryManagement registry) {
        this.consent = consent;
        this.registry = registry;
    }

    @GetMapping("/consent/withdrawals/new")
    String form(@RequestParam(required = false) UUID individual, @RequestParam(required = false) String ref,
            Model model) {
        var carrying = individual == null ? java.util.Optional.<org.safepassage.consent.Consent>empty()
                : consent.consentCarrying(individual);
        model.addAttribute("individual", individual);
        model.addAttribute("ref", ref);
        model.addAttribute("consent", carrying.orElse(null));
        model.addAttribute("destination", carrying.flatMap(c -> consent.destination(c.destinationId())).orElse(null));
        model.addAttribute("householdRef", carrying.flatMap(c -> registry.household(c.householdId()))
                .map(h -> h.ref()).orElse(null));
        model.addAttribute("withdrawalReasons", HouseholdPages.withdrawalReasons());
        return "consent/withdrawal";
    }

    @PostMapping("/consent/consents/{id}/withdrawal")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) WithdrawalReason reason,
            @RequestParam(required = false) String note, @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        var outcome = consent.withdrawConsent(new WithdrawConsent(id, reason, note));
        if (outcome instanceof Outcome.Rejected rejected) {
            redirect.addFlashAttribute("error", rejected.reasonKey());
        } else {
            redirect.addFlashAttribute("done", "consent.withdraw.recorded");
        }
        return "redirect:" + safe(returnTo);
    }

    /** Only back to one of this module's pages: never an address given from outside. */
    static String safe(String returnTo) {
        return returnTo != null && returnTo.matches("/consent(/[A-Za-z0-9/_\\-]*)?(\\?[A-Za-z0-9=&_\\-]*)?")
                ? returnTo : "/consent";
    }
}
