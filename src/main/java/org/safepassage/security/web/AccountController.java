package org.safepassage.security.web;

import java.security.Principal;

import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.security.UserManagement.Result;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every signed-in person can change their own password. */
@Controller
@Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS, Role.CHECKPOINT, Role.DISTRIBUTION,
        Role.ANALYST})
class AccountController {

    private final UserManagement users;

    AccountController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/account/password")
    String form() {
        return "security/password";
    }

    @PostMapping("/account/password")
    String change(Principal principal, @RequestParam String current, @RequestParam String password,
            @RequestParam String confirm, Model model) {
        if (!password.equals(confirm)) {
            model.addAttribute("error", "account.error.confirm");
            return "security/password";
        }
        var result = users.changeOwnPassword(principal.getName(), current, password);
        if (result instanceof Result.Rejected rejected) {
            model.addAttribute("error", rejected.reasonKey());
        } else {
            model.addAttribute("done", "account.changed");
        }
        return "security/password";
    }
}
