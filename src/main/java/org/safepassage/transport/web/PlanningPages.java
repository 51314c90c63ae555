package org.safepassage.transport.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.Page;
import org.safepassage.transport.Outcome;
import org.safepassage.transport.manifest.ManifestFreezing;
import org.safepassage.transport.planning.ConvoyPlanning;
import org.safepassage.transport.planning.PlannedUnit;
import org.safepassage.transport.planning.PlanningRuns;
import org.safepassage.transport.planning.VehicleDraft;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Planning a convoy in the background, its progress (polled by the page), the plan, and freezing it. */
@Controller
@Allowed({Role.ADMIN, Role.LOGISTICS})
class PlanningPages {

    /** Units left behind shown per page of the plan: a few hundred rows made a page no one scrolls through. */
    static final int LEFT_BEHIND_PER_PAGE = 25;

    private final ConvoyViews views;
    private final ConvoyPlanning planning;
    private final PlanningRuns runs;
    private final ManifestFreezing freezing;

    PlanningPages(ConvoyViews views, ConvoyPlanning planning, PlanningRuns runs, ManifestFreezing freezing) {
        this.views = views;
        this.planning = planning;
        this.runs = runs;
        this.freezing = freezing;
    }

    @PostMapping("/transport/convoys/{id}/planning")
    String start(@PathVariable UUID id, RedirectAttributes redirect) {
        views.convoy(id);
        Forms.flash(planning.start(id), "planning.started.notice", redirect);
        return "redirect:/transport/convoys/" + id + "#planning";
    }

    @PostMapping("/transport/convoys/{id}/planning/stop")
    String stop(@PathVariable UUID id, RedirectAttributes redirect) {
        views.convoy(id);
        Forms.flash(planning.stop(id), "planning.stopped.notice", redirect);
        return "redirect:/transport/convoys/" + id + "#planning";
    }

    /** The progress fragment the convoy page polls while a run solves. */
    @GetMapping("/transport/convoys/{id}/planning")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("convoy", views.view(id));
        var run = planning.latest(id).orElse(null);
        model.addAttribute("run", run);
        model.addAttribute("flags", run == null ? List.of() : runs.flags(run.id()));
        return "transport/planning :: progress";
    }

    record VehicleLoad(VehicleDraft vehicle, List<PlannedUnit> units) {
        public int people() {
            return units.stream().mapToInt(u -> u.unit().size()).sum();
        }

        public int medicalSeats() {
            return units.stream().mapToInt(u -> u.unit().medicalSeats()).sum();
        }

        public int wheelchairSpaces() {
            return units.stream().mapToInt(u -> u.unit().wheelchairSpaces()).sum();
        }
    }

    @GetMapping("/transport/convoys/{id}/plan")
    String plan(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        var convoy = views.view(id);
        var run = planning.latest(id).orElse(null);
        Map<UUID, VehicleLoad> loads = new LinkedHashMap<>();
        List<PlannedUnit> leftBehind = new ArrayList<>();
        if (run != null) {
            runs.vehicles(run.id()).forEach(v -> loads.put(v.vehicleId(), new VehicleLoad(v, new ArrayList<>())));
            for (var unit : runs.plan(run.id())) {
                if (unit.placed()) {
                    loads.get(unit.vehicleId()).units().add(unit);
                } else {
                    leftBehind.add(unit);
                }
            }
        }
        model.addAttribute("convoy", convoy);
        model.addAttribute("run", run);
        model.addAttribute("loads", loads.values());
        int pages = Math.max(1, (leftBehind.size() + LEFT_BEHIND_PER_PAGE - 1) / LEFT_BEHIND_PER_PAGE);
        int shown = Math.min(Math.max(0, page), pages - 1);
        int from = shown * LEFT_BEHIND_PER_PAGE;
        model.addAttribute("leftBehind", new Page<>(leftBehind.subList(from,
                Math.min(leftBehind.size(), from + LEFT_BEHIND_PER_PAGE)), shown, LEFT_BEHIND_PER_PAGE, leftBehind.size()));
        model.addAttribute("leftBehindBase", "/transport/convoys/" + id + "/plan#left-behind");
        model.addAttribute("leftBehindCount", leftBehind.size());
        model.addAttribute("leftBehindPeople", leftBehind.stream().mapToInt(u -> u.unit().size()).sum());
        return "transport/plan";
    }

    @PostMapping("/transport/convoys/{id}/manifests")
    String freeze(@PathVariable UUID id, RedirectAttributes redirect) {
        views.convoy(id);
        var outcome = freezing.freeze(id);
        Forms.flash(outcome, "manifest.frozen", redirect);
        return "redirect:/transport/convoys/" + id + (outcome instanceof Outcome.Done ? "" : "#planning");
    }
}
