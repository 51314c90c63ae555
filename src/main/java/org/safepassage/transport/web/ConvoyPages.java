package org.safepassage.transport.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.PageRequest;
import org.safepassage.transport.Outcome;
import org.safepassage.transport.alert.Alerts;
import org.safepassage.transport.config.Times;
import org.safepassage.transport.convoy.ConvoyDetails;
import org.safepassage.transport.convoy.ConvoyOperations;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.fleet.Vehicles;
import org.safepassage.transport.journey.ConvoyMoves;
import org.safepassage.transport.manifest.Counts;
import org.safepassage.transport.manifest.Manifests;
import org.safepassage.transport.planning.ConvoyPlanning;
import org.safepassage.transport.planning.PlanningRuns;
import org.safepassage.transport.route.Routes;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The convoys: the list, creating and changing one, its page with vehicles, planning, manifests and steps. */
@Controller
class ConvoyPages {

    private final ConvoyViews views;
    private final ConvoyOperations operations;
    private final ConvoyMoves moves;
    private final Convoys convoys;
    private final Vehicles vehicles;
    private final ConvoyPlanning planning;
    private final PlanningRuns runs;
    private final Manifests manifests;
    private final Alerts alerts;
    private final ConsentManagement consent;
    private final Routes routes;
    private final Times times;

    ConvoyPages(ConvoyViews views, ConvoyOperations operations, ConvoyMoves moves, Convoys convoys, Vehicles vehicles,
            ConvoyPlanning planning, PlanningRuns runs, Manifests manifests, Alerts alerts, ConsentManagement consent,
            Routes routes, Times times) {
        this.views = views;
        this.operations = operations;
        this.moves = moves;
        this.convoys = convoys;
        this.vehicles = vehicles;
        this.planning = planning;
        this.runs = runs;
        this.manifests = manifests;
        this.alerts = alerts;
        this.consent = consent;
        this.routes = routes;
        this.times = times;
    }

    record ConvoyForm(String ref, UUID destinationId, UUID corridorId, String plannedDeparture,
            Integer expectedJourneyMinutes, String escort) {
    }

    @GetMapping("/transport")
    @Allowed({Role.ADMIN, Role.LOGISTICS, Role.PROTECTION, Role.ANALYST, Role.CHECKPOINT})
    String list(@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
        var viewer = Viewer.of(authentication);
        if (viewer.is(Role.CHECKPOINT) && !viewer.manages() && !viewer.is(Role.PROTECTION) && !viewer.is(Role.ANALYST)) {
            return "redirect:/transport/boarding";
        }
        var convoyPage = views.page(new PageRequest(page, 25), Set.of());
        Map<UUID, Integer> listed = new HashMap<>();
        convoyPage.items().forEach(c -> listed.put(c.id(), manifests.listedCount(c.id())));
        model.addAttribute("convoys", convoyPage);
        model.addAttribute("listed", listed);
        model.addAttribute("countsOnly", viewer.countsOnly());
        model.addAttribute("smallest", 5);
        model.addAttribute("openAlerts", viewer.countsOnly() ? 0 : alerts.openCount());
        model.addAttribute("manages", viewer.manages());
        return "transport/convoys";
    }

    @GetMapping("/transport/convoys/new")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    String creating(Model model) {
        model.addAttribute("form", new ConvoyForm(null, null, null, null, null, null));
        return form(model, null);
    }

    @PostMapping("/transport/convoys")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    String create(ConvoyForm form, Model model, RedirectAttributes redirect) {
        var outcome = operations.create(details(form));
        if (outcome instanceof Outcome.Rejected rejected) {
            model.addAttribute("form", form);
            Forms.rejected(rejected, model);
            return form(model, null);
        }
        redirect.addFlashAttribute("done", "convoy.created");
        return "redirect:/transport/convoys/" + ((Outcome.Done) outcome).id();
    }

    @GetMapping("/transport/convoys/{id}/edit")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    String editing(@PathVariable UUID id, Model model) {
        var convoy = views.convoy(id);
        model.addAttribute("form", new ConvoyForm(convoy.ref(), convoy.destinationId(), convoy.corridorId(),
                times.input(convoy.plannedDeparture()), convoy.expectedJourneyMinutes(), convoy.escort()));
        return form(model, views.view(convoy));
    }

    @PostMapping("/transport/convoys/{id}")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    String change(@PathVariable UUID id, ConvoyForm form, Model model, RedirectAttributes redirect) {
        var convoy = views.view(id);
        var outcome = operations.change(id, details(form));
        if (outcome instanceof Outcome.Rejected rejected) {
            model.addAttribute("form", form);
            Forms.rejected(rejected, model);
            return form(model, convoy);
        }
        redirect.addFlashAttribute("done", "convoy.changed");
        return "redirect:/transport/convoys/" + id;
    }

    @GetMapping("/transport/convoys/{id}")
    @Allowed({Role.ADMIN, Role.LOGISTICS, Role.PROTECTION})
    String show(@PathVariable UUID id, Authentication authentication, Model model) {
        var convoy = views.view(id);
        model.addAttribute("convoy", convoy);
        model.addAttribute("manages", Viewer.of(authentication).manages());
        model.addAttribute("available", convoy.planning() ? vehicles.available() : java.util.List.of());
        var run = planning.latest(id).orElse(null);
        model.addAttribute("run", run);
        model.addAttribute("flags", run == null ? java.util.List.of() : runs.flags(run.id()));
        var list = manifests.ofConvoy(id);
        Map<UUID, Counts> counts = new HashMap<>();
        list.forEach(m -> counts.put(m.id(), Counts.of(manifests.entries(m.id()))));
        model.addAttribute("manifests", list);
        model.addAttribute("manifestCounts", counts);
        model.addAttribute("vehicleRefs", vehicleRefs(convoy));
        model.addAttribute("amendments", manifests.amendmentsOfConvoy(id).size());
        model.addAttribute("history", convoys.history(id));
        model.addAttribute("moves", ConvoyMoves.Move.values());
        return "transport/convoy";
    }

    @PostMapping("/transport/convoys/{id}/vehicles")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    String addVehicle(@PathVariable UUID id, @RequestParam(required = false) UUID vehicleId,
            RedirectAttributes redirect) {
        views.convoy(id);
        Forms.flash(operations.addVehicle(id, vehicleId), "convoy.vehicleAdded", redirect);
        return "redirect:/transport/convoys/" + id;
    }

    @PostMapping("/transport/convoys/{id}/vehicles/{vehicleId}/removal")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    String removeVehicle(@PathVariable UUID id, @PathVariable UUID vehicleId, RedirectAttributes redirect) {
        views.convoy(id);
        Forms.flash(operations.removeVehicle(id, vehicleId), "convoy.vehicleRemoved", redirect);
        return "redirect:/transport/convoys/" + id;
    }

    @PostMapping("/transport/convoys/{id}/moves")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    String move(@PathVariable UUID id, @RequestParam(required = false) ConvoyMoves.Move move,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        views.convoy(id);
        Forms.flash(moves.move(id, move, reason), move == null ? "convoy.moved" : "convoy.moved." + move, redirect);
        return "redirect:/transport/convoys/" + id;
    }

    private Map<UUID, String> vehicleRefs(ConvoyView convoy) {
        Map<UUID, String> refs = new HashMap<>();
        convoy.vehicles().forEach(v -> refs.put(v.id(), v.ref()));
        manifests.ofConvoy(convoy.id()).forEach(m -> refs.computeIfAbsent(m.vehicleId(),
                v -> vehicles.find(v).map(x -> x.ref()).orElse("?")));
        return refs;
    }

    private ConvoyDetails details(ConvoyForm form) {
        return new ConvoyDetails(form.ref(), form.destinationId(), form.corridorId(),
                times.parse(form.plannedDeparture()), form.expectedJourneyMinutes(), form.escort());
    }

    private String form(Model model, ConvoyView editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("destinations", consent.activeDestinations());
        model.addAttribute("corridors", routes.all());
        model.addAttribute("zone", times.zone());
        return "transport/convoy-form";
    }
}
