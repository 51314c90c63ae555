package org.safepassage.transport.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.transport.Violation;

/**
 * People of a household boarded a convoy, or arrived with it: a report from a boarding screen or a field device.
 * {@code id} is chosen by the sender, so sending it again is harmless. Name who boarded or arrived: the whole
 * household is every member listed, but only those who were actually there count.
 */
public record TravelReport(UUID id, TravelKind kind, UUID convoyId, UUID householdId, Set<UUID> individualIds,
        Instant occurredAt) {

    public TravelReport {
        individualIds = individualIds == null ? Set.of() : Set.copyOf(individualIds);
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (id == null) {
            violations.add(new Violation("id", "travel.error.id"));
        }
        if (kind == null) {
            violations.add(new Violation("kind", "travel.error.kind"));
        }
        if (convoyId == null) {
            violations.add(new Violation("convoyId", "travel.error.convoy"));
        }
        if (householdId == null) {
            violations.add(new Violation("householdId", "travel.error.household"));
        }
        if (individualIds.isEmpty()) {
            violations.add(new Violation("individualIds", "travel.error.nobody"));
        }
        if (occurredAt == null) {
            violations.add(new Violation("occurredAt", "travel.error.occurredAt"));
        }
        return violations;
    }

    /** What the report says, in a stable form: the same report sent twice has the same fingerprint. */
    public String fingerprint() {
        return kind + "|" + convoyId + "|" + householdId + "|"
                + new TreeSet<>(individualIds).stream().map(UUID::toString).collect(Collectors.joining(",")) + "|"
                + occurredAt;
    }
}
