package org.safepassage.corridor.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safepassage.corridor.ChangeStatus;
import org.safepassage.corridor.CorridorAdministration;
import org.safepassage.corridor.CorridorManagement;
import org.safepassage.corridor.StatusChange;
import org.safepassage.corridor.TravelTime;
import org.safepassage.corridor.web.ApiViews.CheckpointBody;
import org.safepassage.corridor.web.ApiViews.CheckpointView;
import org.safepassage.corridor.web.ApiViews.CorridorBody;
import org.safepassage.corridor.web.ApiViews.CorridorView;
import org.safepassage.corridor.web.ApiViews.StatusBody;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/corridors")
@Allowed({Role.ADMIN, Role.LOGISTICS, Role.PROTECTION, Role.ANALYST, Role.CHECKPOINT, Role.DEVICE})
@Tag(name = "Corridors", description = "Humanitarian corridors out of the camp: routes (GeoJSON), status history "
        + "(the current status is derived from it), checkpoints in order with expected travel times")
class CorridorsApi {

    private final CorridorManagement corridors;
    private final CorridorAdministration administration;
    private final ApiProblems problems;

    CorridorsApi(CorridorManagement corridors, CorridorAdministration administration, ApiProblems problems) {
        this.corridors = corridors;
        this.administration = administration;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "List corridors with their current status")
    List<CorridorView> list() {
        return corridors.corridors().stream().map(CorridorView::of).toList();
    }

    @GetMapping(value = "/geojson", produces = {GeoJson.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "All routes and checkpoints as a GeoJSON FeatureCollection")
    Map<String, Object> geoJson() {
        var all = corridors.corridors();
        return GeoJson.featureCollection(all, corridors.allCheckpoints());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One corridor")
    CorridorView get(@PathVariable UUID id) {
        return CorridorView.of(corridors.corridor(id).orElseThrow(() -> Problems.notFound("corridor", "corridor", id)));
    }

    @GetMapping(value = "/{id}/geojson", produces = {GeoJson.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "One corridor's route and checkpoints as a GeoJSON FeatureCollection")
    Map<String, Object> corridorGeoJson(@PathVariable UUID id) {
        var corridor = corridors.corridor(id).orElseThrow(() -> Problems.notFound("corridor", "corridor", id));
        return GeoJson.featureCollection(List.of(corridor), corridors.checkpoints(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The corridor's status history, newest first")
    List<StatusChange> history(@PathVariable UUID id) {
        requireCorridor(id);
        return corridors.history(id).changes();
    }

    @GetMapping("/{id}/checkpoints")
    @Operation(summary = "The corridor's checkpoints in order from the camp, with expected travel times")
    List<CheckpointView> checkpoints(@PathVariable UUID id) {
        requireCorridor(id);
        return corridors.checkpoints(id).stream().map(CheckpointView::of).toList();
    }

    @GetMapping("/{id}/travel-times")
    @Operation(summary = "Time convoys took from leaving the camp to each checkpoint, against the expected time",
            description = "For each convoy: its first passage at the checkpoint minus its departure from the camp, "
                    + "the departure being the earliest departedCampAt reported with its passages. Convoys whose "
                    + "departure nobody reported are not counted.")
    List<TravelTime> travelTimes(@PathVariable UUID id) {
        requireCorridor(id);
        return corridors.travelTimes(id);
    }

    @PostMapping
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    @Operation(summary = "Create a corridor (its history starts with PLANNED)")
    ResponseEntity<CorridorView> create(@RequestBody CorridorBody body) {
        var read = GeometryReader.corridor(body);
        if (!read.violations().isEmpty()) {
            throw problems.invalid("The corridor has invalid fields.", read.violations());
        }
        var id = problems.saved(administration.createCorridor(read.details()));
        return ResponseEntity.created(URI.create("/api/corridors/" + id)).body(get(id));
    }

    @PutMapping("/{id}")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    @Operation(summary = "Change a corridor's details (not its status: post to /status)")
    CorridorView update(@PathVariable UUID id, @RequestBody CorridorBody body) {
        requireCorridor(id);
        var read = GeometryReader.corridor(body);
        if (!read.violations().isEmpty()) {
            throw problems.invalid("The corridor has invalid fields.", read.violations());
        }
        problems.saved(administration.updateCorridor(id, read.details()));
        return get(id);
    }

    @PostMapping("/{id}/status")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    @Operation(summary = "Add an entry to the corridor's status history",
            description = "A reason is required to suspend or close. effectiveAt may be in the past, not the future.")
    ResponseEntity<CorridorView> changeStatus(@PathVariable UUID id, @RequestBody StatusBody body) {
        problems.saved(administration.changeStatus(id, new ChangeStatus(body.status(), body.reason(),
                body.effectiveAt())));
        return ResponseEntity.status(201).body(get(id));
    }

    @PostMapping("/{id}/checkpoints")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    @Operation(summary = "Add a checkpoint to the corridor")
    ResponseEntity<CheckpointView> addCheckpoint(@PathVariable UUID id, @RequestBody CheckpointBody body) {
        requireCorridor(id);
        var read = GeometryReader.checkpoint(body);
        if (!read.violations().isEmpty()) {
            throw problems.invalid("The checkpoint has invalid fields.", read.violations());
        }
        var checkpointId = problems.saved(administration.addCheckpoint(id, read.details()));
        return ResponseEntity.created(URI.create("/api/checkpoints/" + checkpointId))
                .body(CheckpointView.of(corridors.checkpoint(checkpointId).orElseThrow()));
    }

    private void requireCorridor(UUID id) {
        if (corridors.corridor(id).isEmpty()) {
            throw Problems.notFound("corridor", "corridor", id);
        }
    }
}
