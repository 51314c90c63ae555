package org.safepassage.consent.web;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The module's start page: find a household, and the way to each page the reader's role opens. */
@Controller
class ConsentHome {

    private final ConsentManagement consent;
    private final RegistryManagement registry;

    ConsentHome(ConsentManagement consent, RegistryManagement registry) {
        this.consent = consent;
        this.registry = registry;
    }

    @GetMapping("/consent")
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS, Role.ANALYST})
    String home(Authentication authentication, Model model) {
        var viewer = Viewer.of(authentication);
        if (viewer.is(Role.PROTECTION)) {
            model.addAttribute("openHolds", consent.openHolds(new PageRequest(0, 1), null).total());
        }
        return "consent/home";
    }

    /** Finds a household by its ref or by the token on its card, and opens its intentions and consents. */
    @GetMapping("/consent/find")
    @Allowed({Role.REGISTRATION, Role.PROTECTION})
    String find(@RequestParam(required = false) String q, RedirectAttributes redirect) {
        if (q == null || q.isBlank()) {
            redirect.addFlashAttribute("error", "consent.find.empty");
            return "redirect:/consent";
        }
        var household = registry.householdByRef(q.strip()).or(() -> registry.householdByToken(q.strip()));
        if (household.isEmpty()) {
            redirect.addFlashAttribute("error", "consent.find.none");
            return "redirect:/consent";
        }
        return "redirect:/consent/households/" + household.get().id();
    }
}
