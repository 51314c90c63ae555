package org.safepassage.consent.web;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.DestinationKind;
import org.safepassage.consent.Outcome;
import org.safepassage.consent.SaveDestination;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Destinations as reference data: kept by ADMIN and LOGISTICS, who know which corridors and buses exist now. */
@Controller
@Allowed({Role.ADMIN, Role.LOGISTICS})
class DestinationPages {

    private final ConsentManagement consent;
    private final RegistryManagement registry;

    DestinationPages(ConsentManagement consent, RegistryManagement registry) {
        this.consent = consent;
        this.registry = registry;
    }

    /** What the destination form sends; check boxes that are not ticked are simply absent. */
    record DestinationForm(String code, String nameEn, String nameAr, DestinationKind kind, String governoratePcode,
            Boolean transportAvailable, Boolean active) {

        SaveDestination command() {
            return new SaveDestination(code, nameEn, nameAr, kind, governoratePcode,
                    Boolean.TRUE.equals(transportAvailable), Boolean.TRUE.equals(active));
        }
    }

    @GetMapping("/consent/destinations")
    String destinations(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DestinationForm("", "", "", null, "", false, true));
        }
        model.addAttribute("destinations", consent.destinations());
        model.addAttribute("kinds", DestinationKind.values());
        model.addAttribute("governorates", registry.governorates());
        return "consent/destinations";
    }

    @PostMapping("/consent/destinations")
    String save(@ModelAttribute("form") DestinationForm form, Model model, RedirectAttributes redirect) {
        var outcome = consent.saveDestination(form.command());
        if (outcome instanceof Outcome.Rejected rejected) {
            model.addAttribute("error", rejected.reasonKey());
            return destinations(model);
        }
        redirect.addFlashAttribute("done", "consent.destination.saved");
        return "redirect:/consent/destinations";
    }
}
