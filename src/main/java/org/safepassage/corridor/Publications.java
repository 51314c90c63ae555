package org.safepassage.corridor;

import java.util.Optional;

/** The event other modules hear about a stored report: ids, codes and times, never names. */
final class Publications {

    private Publications() {
    }

    static Object of(CheckpointReport report, Checkpoint checkpoint, Optional<EventKind> retractedKind) {
        if (report instanceof RecordPassage p) {
            return new PassageRecorded(p.id(), checkpoint.id(), checkpoint.corridorId(), p.occurredAt(),
                    p.householdId(), p.individualIds(), p.personCount(), p.convoyId(), p.departedCampAt(),
                    p.corrects());
        }
        if (report instanceof RecordService s) {
            return new ServiceDelivered(s.id(), checkpoint.id(), checkpoint.corridorId(), s.occurredAt(),
                    s.householdId(), s.individualIds(), s.service(), s.corrects());
        }
        if (report instanceof ReportIncident i) {
            return new CheckpointIncidentReported(i.id(), checkpoint.id(), checkpoint.corridorId(), i.type(),
                    i.occurredAt(), i.householdId(), i.individualIds(), i.peopleCount(), i.convoyId(), i.corrects());
        }
        return new CheckpointEventRetracted(report.id(), report.corrects(), retractedKind.orElseThrow(),
                checkpoint.id());
    }
}
