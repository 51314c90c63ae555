package org.safepassage.transport.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.safepassage.registry.Person;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.Ids;
import org.safepassage.shared.PageRequest;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.fleet.Vehicles;
import org.safepassage.transport.journey.TravelEvents;
import org.safepassage.transport.journey.TravelKind;
import org.safepassage.transport.journey.TravelRecorded;
import org.safepassage.transport.journey.TravelRecording;
import org.safepassage.transport.journey.TravelReport;
import org.safepassage.transport.manifest.ManifestEntry;
import org.safepassage.transport.manifest.Manifests;
import org.safepassage.transport.manifest.Marker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

/**
 * The boarding screen, made for a phone: scan or type a household's token, see who of it is on this convoy (to
 * match faces), tick who is actually here, record them boarded, or arrived at the destination. Staff see only
 * the household they scanned.
 */
@Controller
@Allowed({Role.CHECKPOINT, Role.LOGISTICS, Role.ADMIN})
class BoardingPages {

    private static final String SCANNED = BoardingPages.class.getName() + ".scanned";

    private final ConvoyViews views;
    private final Manifests manifests;
    private final Vehicles vehicles;
    private final TravelEvents events;
    private final TravelRecording recording;
    private final RegistryManagement registry;
    private final Clock clock;

    BoardingPages(ConvoyViews views, Manifests manifests, Vehicles vehicles, TravelEvents events,
            TravelRecording recording, RegistryManagement registry, Clock clock) {
        this.views = views;
        this.manifests = manifests;
        this.vehicles = vehicles;
        this.events = events;
        this.recording = recording;
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/transport/boarding")
    String choose(Model model) {
        model.addAttribute("convoys", views.page(new PageRequest(0, 50),
                Set.of(ConvoyStatus.BOARDING, ConvoyStatus.DEPARTED)).items());
        return "transport/boarding-choose";
    }

    /** One member of the scanned household who is on this convoy. */
    record Traveller(UUID id, String ref, String nameLatin, String nameArabic, String sex, int seat, String vehicleRef,
            Set<Marker> markers, boolean boarded, boolean arrived) {
    }

    @GetMapping("/transport/convoys/{id}/boarding")
    String screen(@PathVariable UUID id, @RequestParam(required = false) TravelKind mode, HttpSession session,
            Model model) {
        var convoy = views.view(id);
        TravelKind kind = mode != null ? mode : convoy.status().isTravelling() ? TravelKind.ARRIVED : TravelKind.BOARDED;
        var boarded = events.first(id, TravelKind.BOARDED);
        var arrived = events.first(id, TravelKind.ARRIVED);
        var entries = manifests.entriesOfConvoy(id).stream().filter(ManifestEntry::listed).toList();
        model.addAttribute("convoy", convoy);
        model.addAttribute("mode", kind);
        model.addAttribute("notYet", notYet(convoy.status(), kind));
        model.addAttribute("listed", entries.size());
        model.addAttribute("boardedCount", boarded.size());
        model.addAttribute("arrivedCount", arrived.size());
        UUID householdId = current(session, id);
        if (householdId != null) {
            model.addAttribute("household", registry.household(householdId).orElse(null));
            model.addAttribute("travellers", travellers(id, householdId, entries, boarded.keySet(), arrived.keySet()));
        }
        // a fresh id for each form: submitting the same form twice records it once
        model.addAttribute("reportId", Ids.newId(clock));
        return "transport/boarding";
    }

    @PostMapping("/transport/convoys/{id}/boarding/scan")
    String scan(@PathVariable UUID id, @RequestParam(required = false) String token,
            @RequestParam(required = false) TravelKind mode, HttpSession session, RedirectAttributes redirect) {
        views.convoy(id);
        var household = token == null || token.isBlank() ? java.util.Optional.<org.safepassage.registry.HouseholdSummary>empty()
                : registry.householdByToken(token);
        if (household.isEmpty()) {
            redirect.addFlashAttribute("error", "boarding.scan.unknown");
        } else {
            var onConvoy = manifests.entriesOfConvoy(id).stream()
                    .filter(e -> e.householdId().equals(household.get().id())).toList();
            if (onConvoy.isEmpty()) {
                redirect.addFlashAttribute("error", "boarding.scan.notOnConvoy");
            } else if (onConvoy.stream().noneMatch(ManifestEntry::listed)) {
                redirect.addFlashAttribute("error", "boarding.scan.takenOff");
            } else {
                scanned(session).put(id, household.get().id());
            }
        }
        return screenOf(id, mode);
    }

    @PostMapping("/transport/convoys/{id}/boarding/next")
    String next(@PathVariable UUID id, @RequestParam(required = false) TravelKind mode, HttpSession session) {
        views.convoy(id);
        scanned(session).remove(id);
        return screenOf(id, mode);
    }

    @PostMapping("/transport/convoys/{id}/boarding")
    String record(@PathVariable UUID id, @RequestParam(required = false) UUID reportId,
            @RequestParam(required = false) UUID householdId, @RequestParam(required = false) Set<UUID> members,
            @RequestParam(required = false) TravelKind mode, HttpSession session, RedirectAttributes redirect) {
        views.convoy(id);
        if (householdId == null || !householdId.equals(current(session, id))) {
            redirect.addFlashAttribute("error", "boarding.notScanned");
            return screenOf(id, mode);
        }
        var kind = mode == null ? TravelKind.BOARDED : mode;
        var outcome = recording.record(new TravelReport(reportId, kind, id, householdId,
                members == null ? Set.of() : members, clock.instant()));
        if (outcome instanceof TravelRecorded.Stored) {
            redirect.addFlashAttribute("done", kind == TravelKind.BOARDED ? "boarding.recorded" : "arrival.recorded");
            scanned(session).remove(id);
        } else if (outcome instanceof TravelRecorded.AlreadyStored) {
            redirect.addFlashAttribute("done", "boarding.alreadyRecorded");
        } else if (outcome instanceof TravelRecorded.Refused refused) {
            redirect.addFlashAttribute("error", refused.violations().isEmpty() ? refused.refusal().messageKey()
                    : refused.violations().get(0).messageKey());
        }
        return screenOf(id, mode);
    }

    /**
     * Why nothing can be recorded in this mode now (a message key), or null: said up front, so that staff do not
     * tick a whole household only to be refused.
     */
    static String notYet(ConvoyStatus status, TravelKind kind) {
        return switch (status) {
            case PLANNING, MANIFEST_FROZEN -> "boarding.notYet.notStarted";
            case ABORTED -> "boarding.notYet.aborted";
            case BOARDING -> kind == TravelKind.ARRIVED ? "boarding.notYet.notLeft" : null;
            case DEPARTED -> null;
            case ARRIVED -> kind == TravelKind.BOARDED ? "boarding.notYet.arrived" : null;
        };
    }

    private List<Traveller> travellers(UUID convoyId, UUID householdId, List<ManifestEntry> entries, Set<UUID> boarded,
            Set<UUID> arrived) {
        var ours = entries.stream().filter(e -> e.householdId().equals(householdId)).toList();
        Map<UUID, String> vehicleRefs = new HashMap<>();
        Map<UUID, UUID> vehicleOfManifest = new HashMap<>();
        manifests.ofConvoy(convoyId).forEach(m -> vehicleOfManifest.put(m.id(), m.vehicleId()));
        Map<UUID, Person> people = new HashMap<>();
        registry.members(householdId).forEach(p -> people.put(p.id(), p));
        List<Traveller> travellers = new ArrayList<>();
        for (var entry : ours) {
            UUID vehicle = vehicleOfManifest.get(entry.manifestId());
            String ref = vehicleRefs.computeIfAbsent(vehicle, v -> vehicles.find(v).map(x -> x.ref()).orElse("?"));
            var person = people.get(entry.individualId());
            travellers.add(new Traveller(entry.individualId(), person == null ? null : person.ref(),
                    person == null ? null : person.name().latin(), person == null ? null : person.name().arabic(),
                    entry.sex().name(), entry.seat(), ref, entry.markers(), boarded.contains(entry.individualId()),
                    arrived.contains(entry.individualId())));
        }
        return travellers;
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, UUID> scanned(HttpSession session) {
        var scanned = (Map<UUID, UUID>) session.getAttribute(SCANNED);
        if (scanned == null) {
            scanned = new java.util.concurrent.ConcurrentHashMap<>();
            session.setAttribute(SCANNED, scanned);
        }
        return scanned;
    }

    private static UUID current(HttpSession session, UUID convoyId) {
        return scanned(session).get(convoyId);
    }

    private static String screenOf(UUID convoyId, TravelKind mode) {
        return "redirect:/transport/convoys/" + convoyId + "/boarding" + (mode == null ? "" : "?mode=" + mode);
    }
}
