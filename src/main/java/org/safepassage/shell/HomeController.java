package org.safepassage.shell;

import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/")
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS, Role.CHECKPOINT, Role.DISTRIBUTION,
            Role.ANALYST})
    String home() {
        return "shell/home";
    }
}
