package org.safepassage.transport.web;

import java.net.URI;
import java.util.UUID;

import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.safepassage.shared.web.Problems;
import org.safepassage.transport.fleet.Fleet;
import org.safepassage.transport.fleet.Vehicle;
import org.safepassage.transport.fleet.VehicleDetails;
import org.safepassage.transport.fleet.VehicleKind;
import org.safepassage.transport.fleet.Vehicles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/vehicles")
@Allowed({Role.LOGISTICS, Role.ADMIN})
@Tag(name = "Vehicles", description = "The fleet: seats, medical seats and stretcher places, wheelchair spaces, "
        + "operator and driver contact")
class VehiclesApi {

    private final Vehicles vehicles;
    private final Fleet fleet;
    private final TransportProblems outcomes;

    VehiclesApi(Vehicles vehicles, Fleet fleet, TransportProblems outcomes) {
        this.vehicles = vehicles;
        this.fleet = fleet;
        this.outcomes = outcomes;
    }

    @Schema(description = "seats counts every place, medical seats and wheelchair spaces included; active=false "
            + "keeps the vehicle's history but offers it to no new convoy")
    record VehicleBody(String ref, VehicleKind kind, Integer seats, Integer medicalSeats, Integer wheelchairSpaces,
            String operator, String driverContact, Boolean active) {
        VehicleDetails details() {
            return new VehicleDetails(ref, kind, seats, medicalSeats, wheelchairSpaces, operator, driverContact, active);
        }
    }

    @GetMapping
    @Operation(summary = "The fleet, active vehicles first, by ref")
    Page<Vehicle> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return vehicles.page(new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One vehicle")
    Vehicle one(@PathVariable UUID id) {
        return vehicles.find(id).orElseThrow(() -> Problems.notFound("transport", "vehicle", id));
    }

    @PostMapping
    @Operation(summary = "Register a vehicle (audited)")
    ResponseEntity<Vehicle> register(@RequestBody VehicleBody body) {
        UUID id = outcomes.done(fleet.register(body.details()));
        return ResponseEntity.created(URI.create("/api/vehicles/" + id)).body(vehicles.find(id).orElseThrow());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a vehicle (audited)")
    Vehicle change(@PathVariable UUID id, @RequestBody VehicleBody body) {
        outcomes.done(fleet.change(id, body.details()));
        return vehicles.find(id).orElseThrow();
    }
}
