package org.safepassage.security.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.safepassage.security.Allowed;
import org.safepassage.security.AuditLog;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.security.UserManagement.Result;
import org.safepassage.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages: users and their roles, field devices, and the audit log. */
@Controller
@Allowed(Role.ADMIN)
class UserAdminController {

    private final UserManagement users;
    private final AuditLog audit;

    UserAdminController(UserManagement users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", users.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", UserForm.empty());
        }
        return "security/users";
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute("form") UserForm form, Model model, RedirectAttributes redirect) {
        var result = users.create(form.command());
        if (result instanceof Result.Rejected rejected) {
            model.addAttribute("error", rejected.reasonKey());
            model.addAttribute("users", users.all());
            model.addAttribute("form", new UserForm(form.username(), form.displayName(), "", form.roles()));
            return "security/users";
        }
        redirect.addFlashAttribute("done", "users.created");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/roles")
    String roles(@PathVariable UUID id, @RequestParam(name = "roles", required = false) Set<Role> roles,
            RedirectAttributes redirect) {
        return report(users.setRoles(id, roles == null ? EnumSet.noneOf(Role.class) : roles), "users.rolesSaved",
                redirect);
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enabled(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return report(users.setEnabled(id, enabled), enabled ? "users.enabledDone" : "users.disabledDone", redirect);
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam String password, RedirectAttributes redirect) {
        return report(users.resetPassword(id, password), "users.passwordReset", redirect);
    }

    private static String report(Result result, String doneKey, RedirectAttributes redirect) {
        if (result instanceof Result.Rejected rejected) {
            redirect.addFlashAttribute("error", rejected.reasonKey());
        } else {
            redirect.addFlashAttribute("done", doneKey);
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/devices")
    String devices(Model model) {
        model.addAttribute("devices", users.devices());
        return "security/devices";
    }

    @PostMapping("/admin/devices")
    String registerDevice(@RequestParam String name, RedirectAttributes redirect) {
        if (name == null || name.isBlank()) {
            redirect.addFlashAttribute("error", "devices.error.name");
            return "redirect:/admin/devices";
        }
        var issued = users.registerDevice(name);
        redirect.addFlashAttribute("issued", issued);
        return "redirect:/admin/devices";
    }

    @PostMapping("/admin/devices/{id}/revoke")
    String revokeDevice(@PathVariable UUID id, RedirectAttributes redirect) {
        users.revokeDevice(id);
        redirect.addFlashAttribute("done", "devices.revoked");
        return "redirect:/admin/devices";
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String q,
            Model model) {
        model.addAttribute("entries", audit.entries(new PageRequest(page, 50), q));
        model.addAttribute("q", q);
        return "security/audit";
    }

    @PostMapping("/admin/audit/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", audit.verify());
        return "redirect:/admin/audit";
    }
}
