package org.safepassage.consent.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.Destination;
import org.safepassage.consent.Eligibility;
import org.safepassage.consent.Outcome;
import org.safepassage.consent.ProtectionHold;
import org.safepassage.consent.ReleaseHold;
import org.safepassage.registry.HouseholdSummary;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Traveller;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The protection officers' review queue: people held back from a destination until someone has looked. */
@Controller
@Allowed(Role.PROTECTION)
class HoldPages {

    private final ConsentManagement consent;
    private final RegistryManagement registry;

    HoldPages(ConsentManagement consent, RegistryManagement registry) {
        this.consent = consent;
        this.registry = registry;
    }

    @GetMapping("/consent/holds")
    String queue(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) UUID destination,
            Model model) {
        var holds = consent.openHolds(new PageRequest(page, 25), destination);
        Set<UUID> householdIds = new HashSet<>();
        holds.items().forEach(h -> householdIds.add(h.householdId()));
        Map<UUID, HouseholdSummary> households = new HashMap<>();
        Map<UUID, String> refs = new HashMap<>();
        if (!householdIds.isEmpty()) {
            registry.households(householdIds).forEach(h -> households.put(h.id(), h));
            registry.travellers(householdIds).values().stream().flatMap(List::stream)
                    .forEach((Traveller t) -> refs.put(t.individualId(), t.ref()));
        }
        Map<UUID, Boolean> consenting = new HashMap<>();
        for (ProtectionHold hold : holds.items()) {
            // held back from a destination they consent to: the rule refuses them for the hold, not the consent
            consenting.put(hold.id(), consent.mayTravel(hold.individualId(), hold.destinationId())
                    instanceof Eligibility.Rejected r && r.reason() == Eligibility.Reason.PROTECTION_HOLD);
        }
        model.addAttribute("holds", holds);
        model.addAttribute("households", households);
        model.addAttribute("refs", refs);
        model.addAttribute("consenting", consenting);
        model.addAttribute("destination", destination);
        model.addAttribute("destinations", consent.destinations().stream()
                .collect(java.util.stream.Collectors.toMap(Destination::id, d -> d)));
        model.addAttribute("allDestinations", consent.destinations());
        model.addAttribute("base", destination == null ? "/consent/holds" : "/consent/holds?destination=" + destination);
        return "consent/holds";
    }

    @PostMapping("/consent/holds/{id}/release")
    String release(@PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String returnTo, RedirectAttributes redirect) {
        var outcome = consent.releaseHold(new ReleaseHold(id, reason));
        redirect.addFlashAttribute(outcome instanceof Outcome.Rejected ? "error" : "done",
                outcome instanceof Outcome.Rejected r ? r.reasonKey() : "consent.hold.released");
        return "redirect:" + WithdrawalPages.safe(returnTo == null ? "/consent/holds" : returnTo);
    }
}
