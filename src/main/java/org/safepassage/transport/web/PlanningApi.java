package org.safepassage.transport.web;

import java.util.List;
import java.util.UUID;

import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.safepassage.transport.planning.ConvoyPlanning;
import org.safepassage.transport.planning.PlanFlag;
import org.safepassage.transport.planning.PlanningRun;
import org.safepassage.transport.planning.PlanningRuns;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/convoys/{id}")
@Allowed({Role.LOGISTICS, Role.ADMIN})
@Tag(name = "Convoy planning", description = "Plans a convoy in the background from who may travel to its "
        + "destination now; the best plan is kept in the database as it improves")
class PlanningApi {

    private final ConvoyViews views;
    private final ConvoyPlanning planning;
    private final PlanningRuns runs;
    private final TransportProblems outcomes;

    PlanningApi(ConvoyViews views, ConvoyPlanning planning, PlanningRuns runs, TransportProblems outcomes) {
        this.views = views;
        this.planning = planning;
        this.runs = runs;
        this.outcomes = outcomes;
    }

    record Progress(PlanningRun run, List<PlanFlag> flags) {
    }

    /** A unit of the plan by household reference; {@code vehicle} null: left for a later convoy. */
    record PlannedHousehold(String household, boolean wholeHousehold, int size, int medicalSeats,
            int wheelchairSpaces, int priority, String vehicle) {
    }

    @PostMapping("/planning")
    @Operation(summary = "Start planning in the background (202); poll GET .../planning for progress")
    ResponseEntity<Progress> start(@PathVariable UUID id) {
        views.convoy(id);
        outcomes.done(planning.start(id));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(progress(id));
    }

    @PostMapping("/planning/stop")
    @Operation(summary = "Stop the running plan; its best plan so far is kept")
    Progress stop(@PathVariable UUID id) {
        views.convoy(id);
        outcomes.done(planning.stop(id));
        return progress(id);
    }

    @GetMapping("/planning")
    @Operation(summary = "The newest planning run: status, score, time, people placed, and the flags raised since")
    Progress progress(@PathVariable UUID id) {
        views.convoy(id);
        var run = planning.latest(id)
                .orElseThrow(() -> Problems.problem(HttpStatus.NOT_FOUND, "transport", "not-planned",
                        "This convoy has not been planned yet."));
        return new Progress(run, runs.flags(run.id()));
    }

    @GetMapping("/plan")
    @Operation(summary = "The newest plan: each household (or part of one) and its vehicle, by reference, no names")
    List<PlannedHousehold> plan(@PathVariable UUID id) {
        var run = progress(id).run();
        return runs.plan(run.id()).stream().map(p -> new PlannedHousehold(p.unit().ref(), p.unit().wholeHousehold(),
                p.unit().size(), p.unit().medicalSeats(), p.unit().wheelchairSpaces(), p.unit().priority(),
                p.vehicleRef())).toList();
    }
}
