package org.safepassage.transport.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.safepassage.security.Allowed;
import org.safepassage.security.Role;
import org.safepassage.shared.web.Problems;
import org.safepassage.transport.journey.TravelKind;
import org.safepassage.transport.journey.TravelRecorded;
import org.safepassage.transport.journey.TravelRecording;
import org.safepassage.transport.journey.TravelReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/travel-events")
@Tag(name = "Boarding and arrival", description = "Append-only, idempotent reports of who boarded a convoy and who "
        + "arrived with it, from boarding screens and field devices. Passages of checkpoints are checkpoint events.")
class TravelEventsApi {

    private final TravelRecording recording;
    private final TransportProblems outcomes;

    TravelEventsApi(TravelRecording recording, TransportProblems outcomes) {
        this.recording = recording;
        this.outcomes = outcomes;
    }

    @Schema(description = "id: chosen by the sender (a UUID), so sending the same report again is harmless. "
            + "kind: BOARDED or ARRIVED. individualIds: who of the household actually boarded or arrived; they must "
            + "be on the convoy's manifests. occurredAt: when, ISO-8601.")
    record TravelBody(UUID id, TravelKind kind, UUID convoyId, UUID householdId, Set<UUID> individualIds,
            Instant occurredAt) {
    }

    record Receipt(UUID id, boolean alreadyStored) {
    }

    @PostMapping
    @Allowed({Role.DEVICE, Role.CHECKPOINT, Role.LOGISTICS, Role.ADMIN})
    @Operation(summary = "Record a boarding or an arrival",
            description = "201 when stored; 200 when the same id was stored before with the same content; 409 when "
                    + "the id was used for a different report, or the convoy is not boarding (or under way, for an "
                    + "arrival); 400 for missing fields; 404 for an unknown convoy; 422 for people not on the "
                    + "convoy's manifests (or taken off them) or a time in the future.")
    ResponseEntity<Receipt> record(@RequestBody TravelBody body) {
        var outcome = recording.record(new TravelReport(body.id(), body.kind(), body.convoyId(), body.householdId(),
                body.individualIds(), body.occurredAt()));
        if (outcome instanceof TravelRecorded.Stored stored) {
            return ResponseEntity.status(HttpStatus.CREATED).body(new Receipt(stored.id(), false));
        }
        if (outcome instanceof TravelRecorded.AlreadyStored already) {
            return ResponseEntity.ok(new Receipt(already.id(), true));
        }
        var refused = (TravelRecorded.Refused) outcome;
        String detail = outcomes.english(refused.refusal().messageKey()) + refused.violations().stream()
                .map(v -> " " + v.field() + ": " + outcomes.english(v.messageKey())).reduce("", String::concat);
        throw Problems.problem(HttpStatus.valueOf(refused.refusal().status()), "transport", refused.refusal().slug(),
                detail);
    }
}
