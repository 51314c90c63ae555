package org.safepassage.corridor.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.safepassage.corridor.CheckpointIncidents;
import org.safepassage.corridor.CheckpointRecording;
import org.safepassage.corridor.CorridorManagement;
import org.safepassage.corridor.EventKind;
import org.safepassage.corridor.Incident;
import org.safepassage.corridor.IncidentCount;
import org.safepassage.corridor.Passage;
import org.safepassage.corridor.Recorded;
import org.safepassage.corridor.Violation;
import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.safepassage.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/checkpoint-events")
@Tag(name = "Checkpoint events", description = "Append-only, idempotent field events: passages, services given, "
        + "incidents, retractions. Incident details are for protection staff only")
class CheckpointEventsApi {

    private final CheckpointRecording recording;
    private final CorridorManagement corridors;
    private final CheckpointIncidents incidents;
    private final ApiProblems problems;

    CheckpointEventsApi(CheckpointRecording recording, CorridorManagement corridors, CheckpointIncidents incidents,
            ApiProblems problems) {
        this.recording = recording;
        this.corridors = corridors;
        this.incidents = incidents;
        this.problems = problems;
    }

    /** What the sender learns: its event is stored (201), or was stored already with the same content (200). */
    record Receipt(UUID id, EventKind kind, boolean alreadyStored) {
    }

    @PostMapping
    @Allowed({Role.ADMIN, Role.LOGISTICS, Role.PROTECTION, Role.CHECKPOINT, Role.DEVICE})
    @Operation(summary = "Record a checkpoint event",
            description = "201 when stored; 200 when the same id was stored before with the same content (nothing "
                    + "changes); 409 when the id was used for a different content, or the corrected event was "
                    + "corrected already; 400 for missing fields; 404 for an unknown checkpoint; 422 for an unknown "
                    + "household, a person not of the household, an unknown corrected event, or a time in the future.")
    ResponseEntity<Receipt> record(@RequestBody EventBody body) {
        var report = body.report();
        if (report == null) {
            throw problems.invalid("Say which kind of event this is: PASSAGE, SERVICE, INCIDENT or RETRACTION.",
                    List.of(new Violation("kind", "checkpointEvent.error.kind")));
        }
        var outcome = recording.record(report);
        if (outcome instanceof Recorded.Refused refused) {
            throw problems.refused(refused);
        }
        if (outcome instanceof Recorded.AlreadyStored already) {
            return ResponseEntity.ok(new Receipt(already.id(), already.kind(), true));
        }
        var stored = (Recorded.Stored) outcome;
        return ResponseEntity.created(URI.create("/api/checkpoint-events/" + stored.id()))
                .body(new Receipt(stored.id(), stored.kind(), false));
    }

    @GetMapping("/passages")
    @Allowed({Role.ADMIN, Role.LOGISTICS, Role.PROTECTION})
    @Operation(summary = "Passages in force (corrections applied) of a convoy, a household or a person, in time order",
            description = "Give exactly one of convoy, household, person.")
    List<Passage> passages(@RequestParam(required = false) UUID convoy, @RequestParam(required = false) UUID household,
            @RequestParam(required = false) UUID person) {
        long given = java.util.stream.Stream.of(convoy, household, person).filter(java.util.Objects::nonNull).count();
        if (given != 1) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "corridor", "one-filter",
                    "Give exactly one of the parameters convoy, household or person.");
        }
        if (convoy != null) {
            return corridors.passagesOfConvoy(convoy);
        }
        return household != null ? corridors.passagesOfHousehold(household) : corridors.passagesOfPerson(person);
    }

    @GetMapping("/incidents")
    @Allowed({Role.PROTECTION, Role.ADMIN})
    @Operation(summary = "Incident reports in force, newest first (protection staff and administrators only)")
    Page<Incident> incidents(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return incidents.incidents(new PageRequest(page, size));
    }

    @GetMapping("/incidents/{id}")
    @Allowed({Role.PROTECTION, Role.ADMIN})
    @Operation(summary = "One incident report (protection staff and administrators only)")
    Incident incident(@PathVariable UUID id) {
        return incidents.incident(id).orElseThrow(() -> Problems.notFound("corridor", "incident", id));
    }

    /** How many incidents of a type a checkpoint saw; {@code count} is null when suppressed (1 to 4). */
    record IncidentTally(UUID checkpointId, String type, Long count, boolean suppressed) {
    }

    @GetMapping("/incident-counts")
    @Allowed({Role.ADMIN, Role.LOGISTICS, Role.PROTECTION, Role.ANALYST})
    @Operation(summary = "Incidents per checkpoint and type over the last days: counts only, nobody named",
            description = "Except for protection staff and administrators, counts of 1 to 4 are suppressed.")
    List<IncidentTally> incidentCounts(@RequestParam(defaultValue = "30") int days, Authentication authentication) {
        if (days < 1 || days > 366) {
            throw Problems.problem(HttpStatus.BAD_REQUEST, "corridor", "invalid-period", "days must be 1 to 366.");
        }
        LocalDate first = corridors.today().minusDays(days - 1L);
        var since = first.atStartOfDay(corridors.zone()).toInstant().truncatedTo(ChronoUnit.SECONDS);
        boolean exact = Viewer.of(authentication).seesIncidents();
        return corridors.incidentCounts(since).stream()
                .sorted(java.util.Comparator.comparing(IncidentCount::checkpointId).thenComparing(IncidentCount::type))
                .map(c -> !exact && c.count() < Viewer.SMALL_CELL
                        ? new IncidentTally(c.checkpointId(), c.type().name(), null, true)
                        : new IncidentTally(c.checkpointId(), c.type().name(), c.count(), false))
                .toList();
    }
}
