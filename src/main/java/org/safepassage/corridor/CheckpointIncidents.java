package org.safepassage.corridor;

import java.util.Optional;
import java.util.UUID;

import org.safepassage.corridor.internal.Incidents;
import org.safepassage.security.AuditLog;
import org.safepassage.security.Role;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incident reports in detail, for protection staff and administrators only; everyone else sees counts
 * ({@link CorridorManagement#incidentCounts}). The check is made here as well as on every page and endpoint,
 * so a new caller cannot forget it. Reads are audited.
 */
@Service
public class CheckpointIncidents {

    private final Incidents incidents;
    private final AuditLog audit;

    CheckpointIncidents(Incidents incidents, AuditLog audit) {
        this.incidents = incidents;
        this.audit = audit;
    }

    /** Incidents in force, newest first. */
    @Transactional
    public Page<Incident> incidents(PageRequest request) {
        requireProtection();
        var page = incidents.inForce(request);
        audit.record("READ_INCIDENTS", "checkpoint-incident", null, "incidents=" + page.items().size());
        return page;
    }

    @Transactional
    public Optional<Incident> incident(UUID id) {
        requireProtection();
        var incident = id == null ? Optional.<Incident>empty() : incidents.find(id);
        incident.ifPresent(i -> audit.recordRead("checkpoint-incident", i.id()));
        return incident;
    }

    /** Whether the caller may read incident details. */
    public static boolean mayRead() {
        var held = Role.heldBy(SecurityContextHolder.getContext().getAuthentication());
        return held.contains(Role.PROTECTION) || held.contains(Role.ADMIN);
    }

    private static void requireProtection() {
        if (!mayRead()) {
            throw new AccessDeniedException("Incident reports are for protection staff only");
        }
    }
}
