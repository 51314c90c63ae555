package org.safepassage.corridor.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safepassage.corridor.Checkpoint;
import org.safepassage.corridor.CheckpointIncidents;
import org.safepassage.corridor.CorridorManagement;
import org.safepassage.corridor.Incident;
import org.safepassage.corridor.internal.RegistryHouseholds;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Incident reports from checkpoints, for protection staff and administrators only. */
@Controller
@Allowed({Role.PROTECTION, Role.ADMIN})
class IncidentsController {

    private final CheckpointIncidents incidents;
    private final CorridorManagement corridors;
    private final RegistryHouseholds households;

    IncidentsController(CheckpointIncidents incidents, CorridorManagement corridors, RegistryHouseholds households) {
        this.incidents = incidents;
        this.corridors = corridors;
        this.households = households;
    }

    @GetMapping("/corridors/incidents")
    String incidents(@RequestParam(defaultValue = "0") int page, Model model) {
        var found = incidents.incidents(new PageRequest(page, 50));
        Map<UUID, Checkpoint> checkpoints = corridors.allCheckpoints().stream()
                .collect(Collectors.toMap(Checkpoint::id, Function.identity()));
        model.addAttribute("incidents", found);
        model.addAttribute("checkpoints", checkpoints);
        model.addAttribute("households", households.refs(found.items().stream().map(Incident::householdId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())));
        return "corridor/incidents";
    }
}
