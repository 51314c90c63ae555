package org.safepassage.registry.web;

import org.safepassage.registry.RegistryFigures;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Registry figures without names, for analysts and everyone who reads the registry. */
@Controller
class FiguresController {

    private final RegistryManagement registry;

    FiguresController(RegistryManagement registry) {
        this.registry = registry;
    }

    @GetMapping("/registry-counts")
    @Allowed({Role.ANALYST, Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS})
    String figures(Model model) {
        model.addAttribute("figures", registry.figures());
        model.addAttribute("smallCell", RegistryFigures.SMALL_CELL);
        model.addAttribute("governorates", registry.governorates().stream()
                .collect(java.util.stream.Collectors.toMap(g -> g.pcode(), g -> g)));
        return "registry/figures";
    }
}
