package org.safepassage.security.web;

import org.safepassage.security.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    @PublicEndpoint
    String login() {
        return "security/login";
    }
}
