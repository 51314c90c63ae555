package org.safepassage.transport.web;

import java.util.UUID;

import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.PageRequest;
import org.safepassage.shared.web.Problems;
import org.safepassage.transport.Outcome;
import org.safepassage.transport.fleet.Fleet;
import org.safepassage.transport.fleet.Vehicle;
import org.safepassage.transport.fleet.VehicleDetails;
import org.safepassage.transport.fleet.VehicleKind;
import org.safepassage.transport.fleet.Vehicles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The fleet: vehicles the operation may send, registered and changed by logistics. */
@Controller
@Allowed({Role.LOGISTICS, Role.ADMIN})
class VehiclePages {

    private final Vehicles vehicles;
    private final Fleet fleet;

    VehiclePages(Vehicles vehicles, Fleet fleet) {
        this.vehicles = vehicles;
        this.fleet = fleet;
    }

    record VehicleForm(String ref, VehicleKind kind, Integer seats, Integer medicalSeats, Integer wheelchairSpaces,
            String operator, String driverContact, Boolean active) {

        static VehicleForm of(Vehicle v) {
            return new VehicleForm(v.ref(), v.kind(), v.seats(), v.medicalSeats(), v.wheelchairSpaces(), v.operator(),
                    v.driverContact(), v.active());
        }

        static VehicleForm blank() {
            return new VehicleForm(null, VehicleKind.BUS, 50, 0, 0, null, null, true);
        }

        VehicleDetails details() {
            return new VehicleDetails(ref, kind, seats, medicalSeats, wheelchairSpaces, operator, driverContact,
                    active != null && active);
        }
    }

    @GetMapping("/transport/vehicles")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("vehicles", vehicles.page(new PageRequest(page, 50)));
        model.addAttribute("form", VehicleForm.blank());
        return form(model, null);
    }

    @PostMapping("/transport/vehicles")
    String register(VehicleForm form, Model model, RedirectAttributes redirect) {
        var details = new VehicleDetails(form.ref(), form.kind(), form.seats(), form.medicalSeats(),
                form.wheelchairSpaces(), form.operator(), form.driverContact(), true);
        var outcome = fleet.register(details);
        if (outcome instanceof Outcome.Rejected rejected) {
            model.addAttribute("vehicles", vehicles.page(new PageRequest(0, 50)));
            model.addAttribute("form", form);
            Forms.rejected(rejected, model);
            return form(model, null);
        }
        redirect.addFlashAttribute("done", "vehicle.registered");
        return "redirect:/transport/vehicles";
    }

    @GetMapping("/transport/vehicles/{id}")
    String edit(@PathVariable UUID id, Model model) {
        var vehicle = vehicles.find(id).orElseThrow(() -> Problems.notFound("transport", "vehicle", id));
        model.addAttribute("form", VehicleForm.of(vehicle));
        return form(model, vehicle);
    }

    @PostMapping("/transport/vehicles/{id}")
    String change(@PathVariable UUID id, VehicleForm form, Model model, RedirectAttributes redirect) {
        var vehicle = vehicles.find(id).orElseThrow(() -> Problems.notFound("transport", "vehicle", id));
        var outcome = fleet.change(id, form.details());
        if (outcome instanceof Outcome.Rejected rejected) {
            model.addAttribute("form", form);
            Forms.rejected(rejected, model);
            return form(model, vehicle);
        }
        redirect.addFlashAttribute("done", "vehicle.changed");
        return "redirect:/transport/vehicles";
    }

    private static String form(Model model, Vehicle editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", VehicleKind.values());
        return editing == null ? "transport/vehicles" : "transport/vehicle";
    }
}
