package org.safepassage.transport.journey;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.safepassage.transport.TravellersMoved;
import org.safepassage.transport.convoy.Convoy;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.manifest.ManifestEntry;
import org.safepassage.transport.manifest.Manifests;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who boarded and who arrived: append-only and idempotent (the same report twice is stored once; another
 * report under a used id is refused as a conflict). Only people listed on the convoy's manifests may board; a
 * person taken off by an amendment is refused. A device that was offline may still send boarding reports after
 * departure, as long as they happened before it.
 */
@Service
public class TravelRecording {

    /** Devices' clocks drift; a report a little ahead of ours is still believed. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

    private final TravelEvents events;
    private final Convoys convoys;
    private final Manifests manifests;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TravelRecording(TravelEvents events, Convoys convoys, Manifests manifests, AuditLog audit, CurrentActor actor,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.convoys = convoys;
        this.manifests = manifests;
        this.audit = audit;
        this.actor = actor;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public TravelRecorded record(TravelReport report) {
        var violations = report.violations();
        if (!violations.isEmpty()) {
            return new TravelRecorded.Refused(TravelRefusal.INVALID, violations);
        }
        var earlier = events.fingerprint(report.id());
        if (earlier.isPresent()) {
            return repeated(report, earlier.get());
        }
        var convoy = convoys.find(report.convoyId()).orElse(null);
        if (convoy == null) {
            return new TravelRecorded.Refused(TravelRefusal.UNKNOWN_CONVOY);
        }
        var refusal = refusal(report, convoy);
        if (refusal != null) {
            return new TravelRecorded.Refused(refusal);
        }
        if (!events.append(report, actor.get().name(), clock.instant())) {
            return events.fingerprint(report.id()).map(f -> repeated(report, f))
                    .orElseThrow(() -> new IllegalStateException("report " + report.id() + " neither stored nor found"));
        }
        audit.record(report.kind() == TravelKind.BOARDED ? "BOARDING_RECORDED" : "ARRIVAL_RECORDED", "convoy",
                convoy.id(), "report=" + report.id() + " household=" + report.householdId() + " people="
                        + report.individualIds().size());
        publisher.publishEvent(new TravellersMoved(report.id(), convoy.id(), report.householdId(), report.kind().name()));
        return new TravelRecorded.Stored(report.id(), report.individualIds().size());
    }

    private static TravelRecorded repeated(TravelReport report, String fingerprint) {
        return fingerprint.equals(report.fingerprint()) ? new TravelRecorded.AlreadyStored(report.id())
                : new TravelRecorded.Refused(TravelRefusal.ID_CONFLICT);
    }

    private TravelRefusal refusal(TravelReport report, Convoy convoy) {
        if (report.occurredAt().isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            return TravelRefusal.IN_THE_FUTURE;
        }
        var status = convoy.status();
        if (report.kind() == TravelKind.BOARDED) {
            boolean lateUpload = status == ConvoyStatus.DEPARTED && convoy.departedAt() != null
                    && !report.occurredAt().isAfter(convoy.departedAt());
            if (status != ConvoyStatus.BOARDING && !lateUpload) {
                return TravelRefusal.NOT_BOARDING;
            }
        } else if (!status.isTravelling()) {
            return TravelRefusal.NOT_UNDER_WAY;
        }
        Set<UUID> listed = manifests.entriesOfConvoy(convoy.id()).stream()
                .filter(ManifestEntry::listed)
                .filter(e -> e.householdId().equals(report.householdId()))
                .map(ManifestEntry::individualId).collect(Collectors.toSet());
        return listed.containsAll(report.individualIds()) ? null : TravelRefusal.NOT_ON_MANIFEST;
    }
}
