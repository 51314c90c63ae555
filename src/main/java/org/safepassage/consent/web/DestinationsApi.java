package org.safepassage.consent.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.Destination;
import org.safepassage.consent.DestinationKind;
import org.safepassage.consent.Eligibility;
import org.safepassage.consent.SaveDestination;
import org.safepassage.security.Allowed;
import org.safepassage.security.AuditLog;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/destinations")
@Tag(name = "Destinations", description = "Where people may be taken, and who may travel there now")
class DestinationsApi {

    private final ConsentManagement consent;
    private final ApiOutcomes outcomes;
    private final AuditLog audit;

    DestinationsApi(ConsentManagement consent, ApiOutcomes outcomes, AuditLog audit) {
        this.consent = consent;
        this.outcomes = outcomes;
        this.audit = audit;
    }

    /** The corridor flag is not stated here: it follows the corridor board. */
    record DestinationRequest(String nameEn, String nameAr, DestinationKind kind, String governoratePcode,
            Boolean transportAvailable, Boolean active) {
    }

    /** Who may travel: ids only, by household. */
    record Travellers(UUID destinationId, String code, int households, int individuals,
            Map<UUID, Set<UUID>> individualsByHousehold) {
    }

    record EligibilityView(UUID individualId, UUID destinationId, boolean mayTravel, Eligibility.Reason reason,
            UUID consentId) {
    }

    @GetMapping
    @Allowed({Role.ADMIN, Role.REGISTRATION, Role.PROTECTION, Role.LOGISTICS, Role.ANALYST})
    @Operation(summary = "All destinations, with whether a corridor is open now (from the corridor board) and transport exists")
    List<Destination> destinations() {
        return consent.destinations();
    }

    @PutMapping("/{code}")
    @Allowed({Role.ADMIN, Role.LOGISTICS})
    @Operation(summary = "Create the destination with this code, or change it")
    Destination save(@PathVariable String code, @RequestBody DestinationRequest body) {
        UUID id = outcomes.done(consent.saveDestination(new SaveDestination(code, body.nameEn(), body.nameAr(),
                body.kind(), body.governoratePcode(), Boolean.TRUE.equals(body.transportAvailable()), !Boolean.FALSE.equals(body.active()))));
        return consent.destination(id).orElseThrow();
    }

    @GetMapping("/{destination}/travellers")
    @Allowed({Role.LOGISTICS, Role.PROTECTION, Role.ADMIN})
    @Operation(summary = "Who may travel to the destination (id or code) now: current, unwithdrawn consent and no "
            + "unreleased protection hold. Ids only.")
    Travellers travellers(@PathVariable String destination) {
        Destination found = find(destination);
        var travellers = consent.whoMayTravelTo(found.id());
        audit.record("READ", "travel-list", found.id(), "households=" + travellers.householdIds().size()
                + " individuals=" + travellers.size());
        return new Travellers(found.id(), found.code(), travellers.householdIds().size(), travellers.size(),
                travellers.individualsByHousehold());
    }

    @GetMapping("/{destination}/travellers/{individualId}")
    @Allowed({Role.LOGISTICS, Role.PROTECTION, Role.ADMIN})
    @Operation(summary = "Whether one person may travel to the destination now, and if not, why not")
    EligibilityView eligibility(@PathVariable String destination, @PathVariable UUID individualId) {
        Destination found = find(destination);
        var eligibility = consent.mayTravel(individualId, found.id());
        if (eligibility instanceof Eligibility.Eligible eligible) {
            return new EligibilityView(individualId, found.id(), true, null, eligible.consentId());
        }
        return new EligibilityView(individualId, found.id(), false, ((Eligibility.Rejected) eligibility).reason(),
                null);
    }

    private Destination find(String idOrCode) {
        try {
            return consent.destination(UUID.fromString(idOrCode))
                    .orElseThrow(() -> Problems.notFound("consent", "destination", idOrCode));
        } catch (IllegalArgumentException notAnId) {
            return consent.destinationByCode(idOrCode)
                    .orElseThrow(() -> Problems.notFound("consent", "destination", idOrCode));
        }
    }
}
