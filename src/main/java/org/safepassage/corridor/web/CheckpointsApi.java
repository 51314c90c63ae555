package org.safepassage.corridor.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safepassage.corridor.CorridorAdministration;
import org.safepassage.corridor.CorridorManagement;
import org.safepassage.corridor.ServiceOffer;
import org.safepassage.corridor.web.ApiViews.CheckpointBody;
import org.safepassage.corridor.web.ApiViews.CheckpointView;
import org.safepassage.corridor.web.ApiViews.OfferBody;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/checkpoints")
@Allowed({Role.ADMIN, Role.LOGISTICS, Role.PROTECTION, Role.ANALYST, Role.CHECKPOINT, Role.DEVICE})
@Tag(name = "Checkpoints", description = "Checkpoints along the corridors: position, order, expected travel time "
        + "from the camp, opening hours, capacity, services offered and their availability; throughput")
class CheckpointsApi {

    /** The longest period one throughput request may cover. */
    static final int MAX_DAYS = 92;

    private final CorridorManagement corridors;
    private final CorridorAdministration administration;
    private final ApiProblems problems;

    CheckpointsApi(CorridorManagement corridors, CorridorAdministration administration, ApiProblems problems) {
        this.corridors = corridors;
        this.administration = administration;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "All checkpoints, by corridor and in order from the camp")
    List<CheckpointView> list() {
        return corridors.allCheckpoints().stream().map(CheckpointView::of).toList();
    }

    @GetMapping(value = "/geojson", produces = {GeoJson.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "All checkpoints as a GeoJSON FeatureCollection of Points")
    Map<String, Object> geoJson() {
        return GeoJson.featureCollection(List.of(), corridors.allCheckpoints());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One checkpoint")
    CheckpointView get(@PathVariable UUID id) {
        return CheckpointView.of(corridors.checkpoint(id).orElseThrow(() -> Problems.notFound("corridor", "checkpoint", id)));
    }

    @PutMapping("/{id}")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    @Operation(summary = "Change a checkpoint (position, order, expected time, hours, capacity, liaison)")
    CheckpointView update(@PathVariable UUID id, @RequestBody CheckpointBody body) {
        get(id);
        var read = GeometryReader.checkpoint(body);
        if (!read.violations().isEmpty()) {
            throw problems.invalid("The checkpoint has invalid fields.", read.violations());
        }
        problems.saved(administration.updateCheckpoint(id, read.details()));
        return get(id);
    }

    @PutMapping("/{id}/services")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    @Operation(summary = "Replace the services offered and their availability now; a service left out is not offered")
    CheckpointView services(@PathVariable UUID id, @RequestBody(required = false) List<OfferBody> offers) {
        get(id);
        if (offers == null || offers.stream().anyMatch(o -> o == null || o.service() == null || o.availability() == null)) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "corridor", "invalid-services",
                    "Send a list of {service, availability}, e.g. [{\"service\":\"FOOD\",\"availability\":\"AVAILABLE\"}].");
        }
        problems.saved(administration.setServices(id,
                offers.stream().map(o -> new ServiceOffer(o.service(), o.availability())).toList()));
        return get(id);
    }

    @GetMapping("/{id}/throughput")
    @Operation(summary = "People who passed, per hour and per day (local time), from the start of 'from' to the end "
            + "of 'to' (default: today)",
            description = "For analysts, a period in which 1 to 4 people passed is suppressed: null counts, "
                    + "suppressed = true.")
    SmallCells throughput(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication authentication) {
        get(id);
        var today = corridors.today();
        var start = from == null ? (to == null ? today : to) : from;
        var end = to == null ? (from == null ? today : from) : to;
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "corridor", "invalid-period",
                    "'from' must not be after 'to', and a request covers at most " + MAX_DAYS + " days.");
        }
        return SmallCells.of(corridors.throughput(id, start, end), !Viewer.of(authentication).seesSmallCells());
    }
}
