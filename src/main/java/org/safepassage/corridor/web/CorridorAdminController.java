package org.safepassage.corridor.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safepassage.corridor.Availability;
import org.safepassage.corridor.ChangeStatus;
import org.safepassage.corridor.CorridorAdministration;
import org.safepassage.corridor.CorridorManagement;
import org.safepassage.corridor.CorridorStatus;
import org.safepassage.corridor.Outcome;
import org.safepassage.corridor.ServiceOffer;
import org.safepassage.corridor.ServiceType;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators and logistics set up corridors and checkpoints and record changes of status. */
@Controller
@Allowed({Role.ADMIN, Role.LOGISTICS})
class CorridorAdminController {

    private final CorridorManagement corridors;
    private final CorridorAdministration administration;

    CorridorAdminController(CorridorManagement corridors, CorridorAdministration administration) {
        this.corridors = corridors;
        this.administration = administration;
    }

    @ModelAttribute("statuses")
    CorridorStatus[] statuses() {
        return CorridorStatus.values();
    }

    @GetMapping("/corridors/manage")
    String manage(Model model) {
        model.addAttribute("corridors", corridors.corridors());
        return "corridor/manage";
    }

    @GetMapping("/corridors/new")
    String newCorridor(Model model) {
        model.addAttribute("form", CorridorForm.empty());
        return "corridor/corridor-form";
    }

    @PostMapping("/corridors/new")
    String create(@ModelAttribute("form") CorridorForm form, Model model, RedirectAttributes redirect) {
        var parsed = form.parse();
        var outcome = parsed.violations().isEmpty() ? administration.createCorridor(parsed.details())
                : new Outcome.Rejected(parsed.violations());
        if (outcome instanceof Outcome.Rejected rejected) {
            model.addAttribute("violations", rejected.violations());
            return "corridor/corridor-form";
        }
        redirect.addFlashAttribute("done", "corridor.created");
        return "redirect:/corridors/" + ((Outcome.Saved) outcome).id() + "/edit";
    }

    @GetMapping("/corridors/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        var corridor = corridors.corridor(id).orElseThrow(() -> Problems.notFound("corridor", "corridor", id));
        model.addAttribute("corridor", corridor);
        model.addAttribute("history", corridors.history(id).changes());
        model.addAttribute("checkpoints", corridors.checkpoints(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CorridorForm.of(corridor));
        }
        return "corridor/corridor-form";
    }

    @PostMapping("/corridors/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") CorridorForm form, Model model,
            RedirectAttributes redirect) {
        var parsed = form.parse();
        var outcome = parsed.violations().isEmpty() ? administration.updateCorridor(id, parsed.details())
                : new Outcome.Rejected(parsed.violations());
        if (outcome instanceof Outcome.Rejected rejected) {
            model.addAttribute("violations", rejected.violations());
            return edit(id, model);
        }
        redirect.addFlashAttribute("done", "corridor.saved");
        return "redirect:/corridors/" + id + "/edit";
    }

    @PostMapping("/corridors/{id}/status")
    String changeStatus(@PathVariable UUID id, @RequestParam(required = false) CorridorStatus status,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String effectiveAt,
            RedirectAttributes redirect) {
        Outcome outcome;
        try {
            var effective = effectiveAt == null || effectiveAt.isBlank() ? null
                    : LocalDateTime.parse(effectiveAt).atZone(corridors.zone()).toInstant();
            outcome = administration.changeStatus(id, new ChangeStatus(status, reason, effective));
        } catch (DateTimeParseException e) {
            outcome = new Outcome.Rejected("effectiveAt", "corridor.error.effectiveAt");
        }
        return back(outcome, "corridor.statusChanged", "/corridors/" + id + "/edit", redirect);
    }

    @GetMapping("/corridors/{id}/checkpoints/new")
    String newCheckpoint(@PathVariable UUID id, Model model) {
        var corridor = corridors.corridor(id).orElseThrow(() -> Problems.notFound("corridor", "corridor", id));
        model.addAttribute("corridor", corridor);
        model.addAttribute("form", CheckpointForm.next(corridors.checkpoints(id).size() + 1));
        return "corridor/checkpoint-form";
    }

    @PostMapping("/corridors/{id}/checkpoints/new")
    String addCheckpoint(@PathVariable UUID id, @ModelAttribute("form") CheckpointForm form, Model model,
            RedirectAttributes redirect) {
        var corridor = corridors.corridor(id).orElseThrow(() -> Problems.notFound("corridor", "corridor", id));
        var parsed = form.details();
        var outcome = parsed.violations().isEmpty() ? administration.addCheckpoint(id, parsed.details())
                : new Outcome.Rejected(parsed.violations());
        if (outcome instanceof Outcome.Rejected rejected) {
            model.addAttribute("corridor", corridor);
            model.addAttribute("violations", rejected.violations());
            return "corridor/checkpoint-form";
        }
        redirect.addFlashAttribute("done", "checkpoint.created");
        return "redirect:/corridors/checkpoints/" + ((Outcome.Saved) outcome).id() + "/edit";
    }

    @GetMapping("/corridors/checkpoints/{id}/edit")
    String editCheckpoint(@PathVariable UUID id, Model model) {
        var checkpoint = corridors.checkpoint(id).orElseThrow(() -> Problems.notFound("corridor", "checkpoint", id));
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("corridor", corridors.corridor(checkpoint.corridorId()).orElseThrow());
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("availabilities", Availability.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CheckpointForm.of(checkpoint));
        }
        return "corridor/checkpoint-form";
    }

    @PostMapping("/corridors/checkpoints/{id}/edit")
    String updateCheckpoint(@PathVariable UUID id, @ModelAttribute("form") CheckpointForm form, Model model,
            RedirectAttributes redirect) {
        var parsed = form.details();
        var outcome = parsed.violations().isEmpty() ? administration.updateCheckpoint(id, parsed.details())
                : new Outcome.Rejected(parsed.violations());
        if (outcome instanceof Outcome.Rejected rejected) {
            model.addAttribute("violations", rejected.violations());
            return editCheckpoint(id, model);
        }
        redirect.addFlashAttribute("done", "checkpoint.saved");
        return "redirect:/corridors/checkpoints/" + id + "/edit";
    }

    /** One select per service: not offered, or its availability now. */
    @PostMapping("/corridors/checkpoints/{id}/services")
    String services(@PathVariable UUID id, @RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
        List<ServiceOffer> offers = new ArrayList<>();
        for (ServiceType service : ServiceType.values()) {
            String value = parameters.get("service." + service.name());
            if (value != null && !value.isBlank() && !"NONE".equals(value)) {
                try {
                    offers.add(new ServiceOffer(service, Availability.valueOf(value)));
                } catch (IllegalArgumentException e) {
                    return back(new Outcome.Rejected("services", "checkpoint.error.availability"), null,
                            "/corridors/checkpoints/" + id + "/edit", redirect);
                }
            }
        }
        return back(administration.setServices(id, offers), "checkpoint.servicesSaved", "/corridors/checkpoints/" + id + "/edit",
                redirect);
    }

    private String back(Outcome outcome, String doneKey, String path, RedirectAttributes redirect) {
        if (outcome instanceof Outcome.Rejected rejected) {
            if (rejected.violations().stream().anyMatch(v -> v.messageKey().endsWith(".unknown"))) {
                throw Problems.problem(org.springframework.http.HttpStatus.NOT_FOUND, "corridor", "not-found",
                        "No such corridor or checkpoint");
            }
            redirect.addFlashAttribute("violations", rejected.violations());
        } else {
            redirect.addFlashAttribute("done", doneKey);
        }
        return "redirect:" + path;
    }
}
