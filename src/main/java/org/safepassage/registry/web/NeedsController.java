package org.safepassage.registry.web;

import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.SpecificNeed;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator keeps the specific-needs list current: adds codes UNHCR introduces, deactivates old ones. */
@Controller
@Allowed(Role.ADMIN)
class NeedsController {

    private final RegistryManagement registry;

    NeedsController(RegistryManagement registry) {
        this.registry = registry;
    }

    @GetMapping("/registry/needs")
    String needs(Model model) {
        model.addAttribute("needs", registry.specificNeeds());
        return "registry/needs";
    }

    @PostMapping("/registry/needs")
    String add(@RequestParam(required = false) String code, @RequestParam(required = false) String labelEn,
            @RequestParam(required = false) String labelAr, @RequestParam(defaultValue = "false") boolean protectionHold,
            @RequestParam(defaultValue = "false") boolean medicalSeat,
            @RequestParam(defaultValue = "false") boolean wheelchair, RedirectAttributes redirect) {
        var outcome = registry.addSpecificNeed(new SpecificNeed(code, null, labelEn, labelAr, true, protectionHold,
                medicalSeat, wheelchair));
        return report(outcome, "registry.needs.added", redirect);
    }

    @PostMapping("/registry/needs/{code}/active")
    String active(@PathVariable String code, @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        return report(registry.setSpecificNeedActive(code, active),
                active ? "registry.needs.activated" : "registry.needs.deactivated", redirect);
    }

    private static String report(RegistryOutcome outcome, String doneKey, RedirectAttributes redirect) {
        if (outcome instanceof RegistryOutcome.Rejected rejected) {
            redirect.addFlashAttribute("violations", rejected.violations());
        } else {
            redirect.addFlashAttribute("done", doneKey);
        }
        return "redirect:/registry/needs";
    }
}
