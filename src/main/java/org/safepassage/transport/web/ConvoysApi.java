package org.safepassage.transport.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.safepassage.transport.Outcome;
import org.safepassage.transport.convoy.ConvoyDetails;
import org.safepassage.transport.convoy.ConvoyOperations;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.convoy.StatusChange;
import org.safepassage.transport.journey.ConvoyMoves;
import org.safepassage.transport.journey.LiveBoard;
import org.safepassage.transport.journey.LiveBoards;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/convoys")
@Tag(name = "Convoys", description = "Convoys to one destination along one corridor: details, vehicles, steps "
        + "(planning, manifest frozen, boarding, departed, arrived, aborted) and live progress")
class ConvoysApi {

    private final ConvoyViews views;
    private final ConvoyOperations operations;
    private final ConvoyMoves moves;
    private final Convoys convoys;
    private final LiveBoards boards;
    private final TransportProblems outcomes;

    ConvoysApi(ConvoyViews views, ConvoyOperations operations, ConvoyMoves moves, Convoys convoys, LiveBoards boards,
            TransportProblems outcomes) {
        this.views = views;
        this.operations = operations;
        this.moves = moves;
        this.convoys = convoys;
        this.boards = boards;
        this.outcomes = outcomes;
    }

    @Schema(description = "ref may be left out: one is made up from the departure day. plannedDeparture is an "
            + "instant (ISO-8601, e.g. 2026-11-28T05:00:00Z). expectedJourneyMinutes: from leaving the camp to "
            + "arrival, at least the corridor's time to its last checkpoint.")
    record ConvoyBody(String ref, UUID destinationId, UUID corridorId, Instant plannedDeparture,
            Integer expectedJourneyMinutes, String escort) {
        ConvoyDetails details() {
            return new ConvoyDetails(ref, destinationId, corridorId, plannedDeparture, expectedJourneyMinutes, escort);
        }
    }

    record ConvoyJson(UUID id, String ref, ConvoyStatus status, UUID destinationId, String destinationCode,
            UUID corridorId, Instant plannedDeparture, int expectedJourneyMinutes, String escort, Instant departedAt,
            Instant arrivedAt, List<VehicleRef> vehicles) {

        static ConvoyJson of(ConvoyView view) {
            return new ConvoyJson(view.id(), view.ref(), view.status(),
                    view.destination() == null ? null : view.destination().id(),
                    view.destination() == null ? null : view.destination().code(),
                    view.route() == null ? null : view.route().corridorId(), view.plannedDeparture(),
                    view.expectedJourneyMinutes(), view.escort(), view.departedAt(), view.arrivedAt(),
                    view.vehicles().stream().map(v -> new VehicleRef(v.id(), v.ref())).toList());
        }
    }

    record VehicleRef(UUID id, String ref) {
    }

    @Schema(description = "vehicleId: a vehicle no other convoy under way holds")
    record VehicleRequest(UUID vehicleId) {
    }

    @Schema(description = "START_BOARDING (corridor open, manifests frozen), DEPART (someone boarded), ARRIVE, "
            + "ABORT (before departure, reason required), REOPEN (back to planning, manifests voided, before boarding)")
    record MoveRequest(ConvoyMoves.Move move, String reason) {
    }

    @GetMapping
    @Allowed({Role.LOGISTICS, Role.ADMIN, Role.PROTECTION})
    @Operation(summary = "Convoys, latest departure first; optionally only those in the given statuses")
    Page<ConvoyJson> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
            @RequestParam(required = false) Set<ConvoyStatus> status) {
        return views.page(new PageRequest(page, size), status == null ? Set.of() : status).map(ConvoyJson::of);
    }

    @GetMapping("/{id}")
    @Allowed({Role.LOGISTICS, Role.ADMIN, Role.PROTECTION})
    @Operation(summary = "One convoy")
    ConvoyJson one(@PathVariable UUID id) {
        return ConvoyJson.of(views.view(id));
    }

    @GetMapping("/{id}/history")
    @Allowed({Role.LOGISTICS, Role.ADMIN, Role.PROTECTION})
    @Operation(summary = "Every step of the convoy, newest first")
    List<StatusChange> history(@PathVariable UUID id) {
        views.convoy(id);
        return convoys.history(id);
    }

    @PostMapping
    @Allowed({Role.LOGISTICS, Role.ADMIN})
    @Operation(summary = "Create a convoy (status PLANNING)")
    ResponseEntity<ConvoyJson> create(@RequestBody ConvoyBody body) {
        UUID id = outcomes.done(operations.create(body.details()));
        return ResponseEntity.created(URI.create("/api/convoys/" + id)).body(ConvoyJson.of(views.view(id)));
    }

    @PutMapping("/{id}")
    @Allowed({Role.LOGISTICS, Role.ADMIN})
    @Operation(summary = "Change a convoy's details while it is planned")
    ConvoyJson change(@PathVariable UUID id, @RequestBody ConvoyBody body) {
        return applied(id, () -> operations.change(id, body.details()));
    }

    @PostMapping("/{id}/vehicles")
    @Allowed({Role.LOGISTICS, Role.ADMIN})
    @Operation(summary = "Give the convoy a vehicle, while it is planned")
    ConvoyJson addVehicle(@PathVariable UUID id, @RequestBody VehicleRequest body) {
        return applied(id, () -> operations.addVehicle(id, body.vehicleId()));
    }

    @DeleteMapping("/{id}/vehicles/{vehicleId}")
    @Allowed({Role.LOGISTICS, Role.ADMIN})
    @Operation(summary = "Take a vehicle from the convoy, while it is planned")
    ConvoyJson removeVehicle(@PathVariable UUID id, @PathVariable UUID vehicleId) {
        return applied(id, () -> operations.removeVehicle(id, vehicleId));
    }

    @PostMapping("/{id}/moves")
    @Allowed({Role.LOGISTICS, Role.ADMIN})
    @Operation(summary = "Take the convoy's next step; 409 with the reason when it cannot be taken now")
    ConvoyJson move(@PathVariable UUID id, @RequestBody MoveRequest body) {
        return applied(id, () -> moves.move(id, body.move(), body.reason()));
    }

    /** Applies an operation to an existing convoy (404 if there is none, the refusal as a problem) and shows it. */
    private ConvoyJson applied(UUID id, Supplier<Outcome> operation) {
        views.convoy(id);
        outcomes.done(operation.get());
        return ConvoyJson.of(views.view(id));
    }

    @GetMapping("/{id}/progress")
    @Allowed({Role.LOGISTICS, Role.ADMIN, Role.PROTECTION})
    @Operation(summary = "Live progress per vehicle: listed, boarded, seen at each checkpoint, arrived, unaccounted "
            + "for (counts only)")
    LiveBoard progress(@PathVariable UUID id) {
        return boards.board(views.convoy(id));
    }
}
