package org.safepassage.consent.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.Destination;
import org.safepassage.consent.Fear;
import org.safepassage.consent.IntentionCategory;
import org.safepassage.registry.Governorate;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Counts of intentions by destination, origin and fear; small cells withheld for those who see only aggregates. */
@Controller
@Allowed({Role.ADMIN, Role.PROTECTION, Role.REGISTRATION, Role.ANALYST})
class DashboardPage {

    private final ConsentManagement consent;
    private final RegistryManagement registry;

    DashboardPage(ConsentManagement consent, RegistryManagement registry) {
        this.consent = consent;
        this.registry = registry;
    }

    @GetMapping("/consent/dashboard")
    String dashboard(Authentication authentication, Model model) {
        var figures = consent.figures(!Viewer.of(authentication).seesIndividuals());
        model.addAttribute("figures", figures);
        model.addAttribute("destinations", consent.destinations().stream()
                .collect(Collectors.toMap(Destination::id, d -> d)));
        Map<String, Governorate> governorates = registry.governorates().stream()
                .collect(Collectors.toMap(Governorate::pcode, g -> g));
        model.addAttribute("governorates", governorates);
        model.addAttribute("categories", IntentionCategory.values());
        model.addAttribute("fears", Fear.values());
        return "consent/dashboard";
    }
}
