package org.safepassage.corridor.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.safepassage.corridor.CheckpointReport;
import org.safepassage.corridor.EventKind;
import org.safepassage.corridor.IncidentType;
import org.safepassage.corridor.RecordPassage;
import org.safepassage.corridor.RecordService;
import org.safepassage.corridor.ReportIncident;
import org.safepassage.corridor.RetractEvent;
import org.safepassage.corridor.ServiceType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A field event as a device sends it: one flat shape for every kind; which fields count depends on the kind.
 */
@Schema(description = "A checkpoint event. 'id' is chosen by the sender (a UUID), so sending the same event again "
        + "is harmless. PASSAGE: checkpointId, occurredAt, householdId and/or individualIds (who passed) or "
        + "personCount, optional convoyId and departedCampAt. SERVICE: checkpointId, occurredAt, householdId and/or "
        + "individualIds, service, optional quantity, referral (MEDICAL_SCREENING only; never a diagnosis). "
        + "INCIDENT: checkpointId, occurredAt, incidentType, optional householdId, individualIds, peopleCount, "
        + "convoyId. RETRACTION: occurredAt, corrects. Any kind may name in 'corrects' the event it replaces.")
record EventBody(UUID id, EventKind kind, UUID checkpointId, Instant occurredAt, UUID householdId,
        Set<UUID> individualIds, Integer personCount, UUID convoyId, Instant departedCampAt, ServiceType service,
        Integer quantity, Boolean referral, IncidentType incidentType, Integer peopleCount, UUID corrects) {

    /** The report this body states; null when it names no kind. */
    CheckpointReport report() {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case PASSAGE -> new RecordPassage(id, checkpointId, occurredAt, householdId, individualIds, personCount,
                    convoyId, departedCampAt, corrects);
            case SERVICE -> new RecordService(id, checkpointId, occurredAt, householdId, individualIds, service,
                    quantity, referral, corrects);
            case INCIDENT -> new ReportIncident(id, checkpointId, occurredAt, incidentType, householdId, individualIds,
                    peopleCount, convoyId, corrects);
            case RETRACTION -> new RetractEvent(id, occurredAt, corrects);
        };
    }
}
