package org.safepassage.transport.web;

import java.util.List;
import java.util.UUID;

import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.PageRequest;
import org.safepassage.shared.web.Problems;
import org.safepassage.transport.alert.AlertOutcome;
import org.safepassage.transport.alert.Alerts;
import org.safepassage.transport.alert.UnaccountedAlerts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * People unaccounted for, for protection and logistics staff: the list (by reference), one alert with the
 * person's name (an audited read), and resolving it with what became of them.
 */
@Controller
@Allowed({Role.PROTECTION, Role.LOGISTICS, Role.ADMIN})
class AlertPages {

    private final Alerts alerts;
    private final AlertViews views;
    private final UnaccountedAlerts resolution;
    private final RegistryManagement registry;
    private final ConvoyViews convoys;

    AlertPages(Alerts alerts, AlertViews views, UnaccountedAlerts resolution, RegistryManagement registry,
            ConvoyViews convoys) {
        this.alerts = alerts;
        this.views = views;
        this.resolution = resolution;
        this.registry = registry;
        this.convoys = convoys;
    }

    @GetMapping("/transport/alerts")
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean all,
            Model model) {
        var found = alerts.page(new PageRequest(page, 50), !all);
        model.addAttribute("page", found);
        model.addAttribute("rows", views.views(found.items()));
        model.addAttribute("all", all);
        model.addAttribute("open", alerts.openCount());
        return "transport/alerts";
    }

    @GetMapping("/transport/alerts/{id}")
    String show(@PathVariable UUID id, Model model) {
        var alert = alerts.find(id).orElseThrow(() -> Problems.notFound("transport", "alert", id));
        model.addAttribute("row", views.views(List.of(alert)).get(0));
        model.addAttribute("person", registry.person(alert.individualId()).orElse(null));
        model.addAttribute("household", registry.household(alert.householdId()).orElse(null));
        model.addAttribute("convoy", convoys.view(alert.convoyId()));
        model.addAttribute("outcomes", AlertOutcome.values());
        return "transport/alert";
    }

    @PostMapping("/transport/alerts/{id}/resolution")
    String resolve(@PathVariable UUID id, @RequestParam(required = false) AlertOutcome outcome,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        alerts.find(id).orElseThrow(() -> Problems.notFound("transport", "alert", id));
        var done = Forms.flash(resolution.resolve(id, outcome, note), "alert.resolved", redirect);
        return done ? "redirect:/transport/alerts" : "redirect:/transport/alerts/" + id;
    }
}
