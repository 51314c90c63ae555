package org.safepassage.registry.web;

import java.time.Clock;
import java.time.LocalDate;

import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.internal.DemoCampLoading;
import org.safepassage.registry.internal.DemoCampLoading;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The registry's start page: search people by name (either script), ref, phone or block. */
@Controller
class RegistrySearchController {

    private final RegistryManagement registry;
    private final DemoCampLoading demoLoading;
    private final Clock clock;

    RegistrySearchController(RegistryManagement registry, DemoCampLoading demoLoading, Clock clock) {
        this.registry = registry;
        this.demoLoading = demoLoading;
        this.clock = clock;
    }

    @GetMapping("/registry")
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("hits", registry.search(query, new PageRequest(page, 25)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/registry").queryParam("q", query).build()
                .encode().toUriString());
        model.addAttribute("households", registry.householdCount());
        model.addAttribute("individuals", registry.individualCount());
        model.addAttribute("demoLoading", demoLoading.status());
        return htmx != null ? "registry/search :: results" : "registry/search";
    }
}
