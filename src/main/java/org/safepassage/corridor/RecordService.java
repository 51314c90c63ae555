package org.safepassage.corridor;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A household, or some of its members, received a service at a checkpoint. A medical screening records only
 * whether a referral was made, never what was found.
 */
public record RecordService(UUID id, UUID checkpointId, Instant occurredAt, UUID householdId,
        Set<UUID> individualIds, ServiceType service, Integer quantity, Boolean referral, UUID corrects)
        implements CheckpointReport {

    public RecordService {
        individualIds = individualIds == null ? Set.of() : Set.copyOf(individualIds);
        if (service != null && service.canRefer() && referral == null) {
            referral = false;
        }
    }

    @Override
    public String auditDetails() {
        return "service=" + service + " people=" + individualIds.size();
    }

    @Override
    public EventKind kind() {
        return EventKind.SERVICE;
    }

    @Override
    public List<Violation> violations() {
        List<Violation> violations = Subjects.violations(id, checkpointId, occurredAt, householdId, individualIds);
        if (service == null) {
            violations.add(new Violation("service", "checkpointEvent.error.service"));
        } else if (!service.canRefer() && Boolean.TRUE.equals(referral)) {
            violations.add(new Violation("referral", "checkpointEvent.error.referral"));
        }
        if (quantity != null && quantity < 1) {
            violations.add(new Violation("quantity", "checkpointEvent.error.quantity"));
        }
        return violations;
    }

    /** Whether a referral was made; only ever true for a medical screening. */
    public boolean referred() {
        return Boolean.TRUE.equals(referral);
    }

    @Override
    public String fingerprint() {
        return CheckpointReport.line(kind(), checkpointId, occurredAt, householdId, CheckpointReport.ids(individualIds),
                service, quantity, service != null && service.canRefer() ? referred() : null, corrects);
    }
}
