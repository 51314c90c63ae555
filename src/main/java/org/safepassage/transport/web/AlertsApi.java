package org.safepassage.transport.web;

import java.util.UUID;

import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.safepassage.shared.web.Problems;
import org.safepassage.transport.alert.AlertOutcome;
import org.safepassage.transport.alert.Alerts;
import org.safepassage.transport.alert.UnaccountedAlert;
import org.safepassage.transport.alert.UnaccountedAlerts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/alerts")
@Allowed({Role.PROTECTION, Role.LOGISTICS, Role.ADMIN})
@Tag(name = "Unaccounted-for alerts", description = "People who boarded and were not seen where and when "
        + "expected, or were held back or detained at a checkpoint; open until resolved with an outcome (audited)")
class AlertsApi {

    private final Alerts alerts;
    private final UnaccountedAlerts resolution;
    private final TransportProblems outcomes;

    AlertsApi(Alerts alerts, UnaccountedAlerts resolution, TransportProblems outcomes) {
        this.alerts = alerts;
        this.resolution = resolution;
        this.outcomes = outcomes;
    }

    @Schema(description = "outcome: what became of the person; note required for OTHER (never a diagnosis)")
    record Resolution(AlertOutcome outcome, String note) {
    }

    @GetMapping
    @Operation(summary = "Alerts, open ones first (oldest first); all=true adds the resolved ones")
    Page<UnaccountedAlert> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "false") boolean all) {
        return alerts.page(new PageRequest(page, size), !all);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One alert (ids, places and times; no names)")
    UnaccountedAlert one(@PathVariable UUID id) {
        return alerts.find(id).orElseThrow(() -> Problems.notFound("transport", "alert", id));
    }

    @PostMapping("/{id}/resolution")
    @Operation(summary = "Resolve an alert with what became of the person (audited); 409 if resolved already")
    UnaccountedAlert resolve(@PathVariable UUID id, @RequestBody Resolution body) {
        one(id);
        outcomes.done(resolution.resolve(id, body.outcome(), body.note()));
        return one(id);
    }
}
