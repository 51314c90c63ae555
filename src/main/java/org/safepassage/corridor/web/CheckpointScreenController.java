package org.safepassage.corridor.web;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.corridor.Checkpoint;
import org.safepassage.corridor.CheckpointDay;
import org.safepassage.corridor.CheckpointRecording;
import org.safepassage.corridor.CheckpointReport;
import org.safepassage.corridor.CorridorManagement;
import org.safepassage.corridor.IncidentType;
import org.safepassage.corridor.RecordPassage;
import org.safepassage.corridor.RecordService;
import org.safepassage.corridor.Recorded;
import org.safepassage.corridor.Refusal;
import org.safepassage.corridor.ReportIncident;
import org.safepassage.corridor.ServiceType;
import org.safepassage.corridor.Violation;
import org.safepassage.corridor.internal.RegistryHouseholds;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.Ids;
import org.safepassage.shared.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The checkpoint screen, made for a phone: scan or type a household's token, see its members to match faces,
 * record who passed, the services given, and any incident. Staff see only the household they scanned.
 */
@Controller
@Allowed({Role.CHECKPOINT, Role.ADMIN, Role.LOGISTICS})
class CheckpointScreenController {

    private final CorridorManagement corridors;
    private final CheckpointRecording recording;
    private final RegistryHouseholds households;
    private final CheckpointScans scans;
    private final ConsentManagement consent;
    private final MessageSource messages;
    private final Clock clock;

    CheckpointScreenController(CorridorManagement corridors, CheckpointRecording recording,
            RegistryHouseholds households, CheckpointScans scans, ConsentManagement consent, MessageSource messages,
            Clock clock) {
        this.corridors = corridors;
        this.consent = consent;
        this.recording = recording;
        this.households = households;
        this.scans = scans;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/checkpoints")
    String choose(Model model) {
        model.addAttribute("corridors", corridors.corridors().stream()
                .map(c -> new CorridorCheckpoints(c.nameEn(), c.nameAr(), corridors.checkpoints(c.id()))).toList());
        return "corridor/checkpoints";
    }

    record CorridorCheckpoints(String nameEn, String nameAr, List<Checkpoint> checkpoints) {
    }

    @GetMapping("/checkpoints/{id}/screen")
    String screen(@PathVariable UUID id, Model model) {
        var checkpoint = checkpoint(id);
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("corridor", corridors.corridor(checkpoint.corridorId()).orElseThrow());
        var household = scans.current(id).orElse(null);
        model.addAttribute("household", household);
        model.addAttribute("passedHere", household == null ? Map.of() : passedHere(household.id(), id));
        model.addAttribute("convoy", scans.convoy(id).orElse(null));
        model.addAttribute("today", corridors.day(corridors.today()).getOrDefault(id,
                CheckpointDay.none(id, corridors.today())));
        model.addAttribute("services", offered(checkpoint));
        model.addAttribute("incidentTypes", IncidentType.values());
        // fresh ids for each form: submitting the same form twice records it once
        model.addAttribute("passageId", Ids.newId(clock));
        model.addAttribute("serviceId", Ids.newId(clock));
        model.addAttribute("incidentId", Ids.newId(clock));
        return "corridor/screen";
    }

    @PostMapping("/checkpoints/{id}/scan")
    String scan(@PathVariable UUID id, @RequestParam(required = false) String token, Locale locale,
            RedirectAttributes redirect) {
        checkpoint(id);
        var household = households.scan(token);
        if (household.isEmpty()) {
            redirect.addFlashAttribute("notice", refused("screen.scan.unknown", List.of(), locale));
        } else {
            scans.scanned(id, household.get());
        }
        return screenOf(id);
    }

    @PostMapping("/checkpoints/{id}/next")
    String next(@PathVariable UUID id) {
        checkpoint(id);
        scans.clear(id);
        return screenOf(id);
    }

    @PostMapping("/checkpoints/{id}/passage")
    String passage(@PathVariable UUID id, @RequestParam(name = "passageEventId", required = false) UUID eventId,
            @RequestParam(required = false) UUID householdId, @RequestParam(required = false) Set<UUID> members,
            @RequestParam(required = false) String convoy, Locale locale, RedirectAttributes redirect) {
        checkpoint(id);
        UUID convoyId;
        try {
            convoyId = convoy == null || convoy.isBlank() ? null : UUID.fromString(convoy.strip());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("notice", refused("screen.convoy.invalid", List.of(), locale));
            return screenOf(id);
        }
        scans.convoy(id, convoyId);
        Set<UUID> passed = members == null ? Set.of() : members;
        var report = new RecordPassage(eventId, id, clock.instant(), householdId, passed,
                passed.isEmpty() ? null : passed.size(), convoyId, null, null);
        String screen = record(id, householdId, report, text("screen.passage.recorded", locale, passed.size()),
                locale, redirect);
        Object notice = redirect.getFlashAttributes().get("notice");
        if (notice instanceof ScreenNotice recorded && recorded.ok()) {
            long withoutConsent = withoutConsent(id, passed);
            if (withoutConsent > 0) {
                redirect.addFlashAttribute("consentNotice", text("screen.noConsent", locale, withoutConsent));
            }
        }
        return screen;
    }

    /**
     * How many of the people who passed may not travel now to any destination this corridor serves (no current
     * consent, or held back for their protection). The passage stays recorded, as a fact; staff are only told to
     * call the protection liaison, never why, and nobody is named.
     */
    private long withoutConsent(UUID checkpointId, Set<UUID> passed) {
        var corridor = corridors.checkpoint(checkpointId).flatMap(c -> corridors.corridor(c.corridorId()));
        List<UUID> destinations = corridor.map(c -> c.destinations().stream()
                .map(d -> consent.destinationByCode(d.code())).flatMap(Optional::stream)
                .map(org.safepassage.consent.Destination::id).toList()).orElse(List.of());
        if (destinations.isEmpty()) {
            return 0;
        }
        return passed.stream()
                .filter(person -> destinations.stream().noneMatch(d -> consent.mayTravel(person, d).mayTravel()))
                .count();
    }

    @PostMapping("/checkpoints/{id}/service")
    String service(@PathVariable UUID id, @RequestParam(name = "serviceEventId", required = false) UUID eventId,
            @RequestParam(required = false) UUID householdId, @RequestParam(required = false) Set<UUID> members,
            @RequestParam(required = false) ServiceType service, @RequestParam(required = false) Integer quantity,
            @RequestParam(defaultValue = "false") boolean referral, Locale locale, RedirectAttributes redirect) {
        checkpoint(id);
        var report = new RecordService(eventId, id, clock.instant(), householdId, members, service, quantity,
                referral, null);
        String done = service == null ? "" : text("screen.service.recorded", locale, text("service." + service, locale));
        return record(id, householdId, report, done, locale, redirect);
    }

    @PostMapping("/checkpoints/{id}/incident")
    String incident(@PathVariable UUID id, @RequestParam(name = "incidentEventId", required = false) UUID eventId,
            @RequestParam(required = false) UUID householdId, @RequestParam(required = false) Set<UUID> members,
            @RequestParam(required = false) IncidentType type, @RequestParam(required = false) Integer peopleCount,
            Locale locale, RedirectAttributes redirect) {
        checkpoint(id);
        var report = new ReportIncident(eventId, id, clock.instant(), type, householdId, members, peopleCount, null,
                null);
        return record(id, householdId, report, text("screen.incident.recorded", locale), locale, redirect);
    }

    private String record(UUID checkpointId, UUID householdId, CheckpointReport report, String done, Locale locale,
            RedirectAttributes redirect) {
        if (householdId != null && !scans.wasScanned(householdId)) {
            redirect.addFlashAttribute("notice", refused(Refusal.NOT_SCANNED.messageKey(), List.of(), locale));
            return screenOf(checkpointId);
        }
        var outcome = recording.record(report);
        ScreenNotice notice;
        if (outcome instanceof Recorded.Refused refused) {
            notice = refused(refused.refusal().messageKey(),
                    refused.violations().stream().map(Violation::messageKey).toList(), locale);
        } else if (outcome instanceof Recorded.AlreadyStored) {
            notice = new ScreenNotice(true, text("screen.alreadyRecorded", locale), List.of());
        } else {
            notice = new ScreenNotice(true, done, List.of());
        }
        redirect.addFlashAttribute("notice", notice);
        return screenOf(checkpointId);
    }

    private ScreenNotice refused(String key, List<String> reasonKeys, Locale locale) {
        return new ScreenNotice(false, text(key, locale), reasonKeys.stream().map(k -> text(k, locale)).toList());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** When each member of the household was last recorded passing this checkpoint. */
    private Map<UUID, Instant> passedHere(UUID householdId, UUID checkpointId) {
        Map<UUID, Instant> passed = new HashMap<>();
        corridors.passagesOfHousehold(householdId).stream().filter(p -> p.checkpointId().equals(checkpointId))
                .forEach(p -> p.individualIds().forEach(person -> passed.merge(person, p.passedAt(),
                        (a, b) -> a.isAfter(b) ? a : b)));
        return passed;
    }

    private Checkpoint checkpoint(UUID id) {
        return corridors.checkpoint(id).orElseThrow(() -> Problems.notFound("corridor", "checkpoint", id));
    }

    /** The services this checkpoint offers; all of them if it states none, so a delivery can still be recorded. */
    private static List<ServiceType> offered(Checkpoint checkpoint) {
        return checkpoint.services().isEmpty() ? List.of(ServiceType.values())
                : checkpoint.services().stream().map(o -> o.service()).toList();
    }

    private static String screenOf(UUID checkpointId) {
        return "redirect:/checkpoints/" + checkpointId + "/screen";
    }
}
