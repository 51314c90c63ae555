package org.safepassage.corridor.web;

import java.util.List;
import java.util.UUID;

import org.safepassage.corridor.CorridorManagement;
import org.safepassage.corridor.ServiceType;
import org.safepassage.corridor.internal.CorridorProperties;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The corridor board: every corridor on a map, its status, its checkpoints' services and today's figures. */
@Controller
@Allowed({Role.ADMIN, Role.LOGISTICS, Role.PROTECTION, Role.ANALYST})
class CorridorBoardController {

    private final CorridorManagement corridors;
    private final BoardView view;
    private final CorridorProperties properties;

    CorridorBoardController(CorridorManagement corridors, BoardView view, CorridorProperties properties) {
        this.corridors = corridors;
        this.view = view;
        this.properties = properties;
    }

    @ModelAttribute("viewer")
    Viewer viewer(Authentication authentication) {
        return Viewer.of(authentication);
    }

    @ModelAttribute("serviceTypes")
    ServiceType[] serviceTypes() {
        return ServiceType.values();
    }

    @GetMapping("/corridors")
    String board(Model model) {
        var all = corridors.corridors();
        model.addAttribute("cards", view.cards(all));
        model.addAttribute("mapJson", view.mapJson(all));
        model.addAttribute("tileUrl", properties.hasTiles() ? properties.tileUrl() : null);
        model.addAttribute("today", corridors.today());
        model.addAttribute("incidentDays", BoardView.INCIDENT_DAYS);
        return "corridor/board";
    }

    @GetMapping("/corridors/{id}")
    String corridor(@PathVariable UUID id, Model model) {
        var corridor = corridors.corridor(id).orElseThrow(() -> Problems.notFound("corridor", "corridor", id));
        var today = corridors.today();
        model.addAttribute("card", view.cards(List.of(corridor)).get(0));
        model.addAttribute("history", corridors.history(id).changes());
        model.addAttribute("mapJson", view.mapJson(List.of(corridor)));
        model.addAttribute("tileUrl", properties.hasTiles() ? properties.tileUrl() : null);
        model.addAttribute("travelTimes", corridors.travelTimes(id));
        model.addAttribute("throughput", corridors.checkpoints(id).stream()
                .map(c -> corridors.throughput(c.id(), today.minusDays(6), today)).toList());
        model.addAttribute("today", today);
        return "corridor/corridor";
    }
}
