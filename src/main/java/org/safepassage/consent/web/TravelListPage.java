package org.safepassage.consent.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.ConsentedTravellers;
import org.safepassage.registry.HouseholdSummary;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Traveller;
import org.safepassage.security.Allowed;
import org.safepassage.security.AuditLog;
import org.safepassage.security.Role;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consented-travel list: who may travel to a destination now, by household. Refs, sex and age only:
 * no names, no intentions, no fears. What LOGISTICS plans convoys from.
 */
@Controller
@Allowed({Role.LOGISTICS, Role.PROTECTION, Role.ADMIN})
class TravelListPage {

    private final ConsentManagement consent;
    private final RegistryManagement registry;
    private final AuditLog audit;

    TravelListPage(ConsentManagement consent, RegistryManagement registry, AuditLog audit) {
        this.consent = consent;
        this.registry = registry;
        this.audit = audit;
    }

    /** A household on the list: the members who may travel, and how many stay behind. */
    record Row(HouseholdSummary household, List<Traveller> travellers) {
        public int staying() {
            return household.size() - travellers.size();
        }
    }

    @GetMapping("/consent/travel")
    String list(@RequestParam(required = false) UUID destination, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("allDestinations", consent.destinations());
        model.addAttribute("destinationId", destination);
        var chosen = destination == null ? null : consent.destination(destination).orElse(null);
        model.addAttribute("destination", chosen);
        if (chosen != null) {
            ConsentedTravellers travellers = consent.whoMayTravelTo(chosen.id());
            audit.record("READ", "travel-list", chosen.id(), "households=" + travellers.householdIds().size()
                    + " individuals=" + travellers.size());
            var request = new PageRequest(page, 25);
            List<HouseholdSummary> households = registry.households(travellers.householdIds()).stream()
                    .sorted(Comparator.comparing(HouseholdSummary::ref)).toList();
            List<HouseholdSummary> shown = households.stream().skip(request.offset()).limit(request.size()).toList();
            Map<UUID, List<Traveller>> members = shown.isEmpty() ? Map.of()
                    : registry.travellers(shown.stream().map(HouseholdSummary::id).toList());
            List<Row> rows = shown.stream().map(h -> {
                Set<UUID> clear = travellers.individualsByHousehold().getOrDefault(h.id(), Set.of());
                return new Row(h, members.getOrDefault(h.id(), List.of()).stream()
                        .filter(t -> clear.contains(t.individualId())).toList());
            }).toList();
            model.addAttribute("rows", new Page<>(rows, request.page(), request.size(), households.size()));
            model.addAttribute("people", travellers.size());
            model.addAttribute("householdCount", households.size());
            model.addAttribute("base", "/consent/travel?destination=" + chosen.id());
        }
        return "consent/travel";
    }
}
