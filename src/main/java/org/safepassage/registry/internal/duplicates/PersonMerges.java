package org.safepassage.registry.internal.duplicates;

import java.time.Clock;
import java.util.UUID;

import org.safepassage.registry.PersonsMerged;
import org.safepassage.registry.PersonsUnmerged;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.RegistryOutcome.Rejected;
import org.safepassage.registry.internal.ChangeLog;
import org.safepassage.security.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a clerk decides about a pair: the same person (merge), or two people (reject); and an administrator's
 * undoing of a merge. A merge deletes nothing: the duplicate record is kept, inactive and pointing at the
 * kept one, with its own history; both histories say what happened, the audit log says who did it, and undoing
 * brings the duplicate back as it was.
 */
@Service
public class PersonMerges {

    private final JdbcClient jdbc;
    private final DuplicatePairs pairs;
    private final ChangeLog history;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonMerges(JdbcClient jdbc, DuplicatePairs pairs, ChangeLog history, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.pairs = pairs;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private record Member(UUID id, String ref, UUID household, String householdRef, String relationship,
            boolean active, int householdMembers) {
    }

    /** The pair is one person: {@code keptId} stays, the other is merged into it. */
    @Transactional
    public RegistryOutcome merge(UUID pairId, UUID keptId, String reason) {
        var pair = pairs.find(pairId).orElse(null);
        if (pair == null) {
            return Rejected.of(null, "dedup.error.noPair");
        }
        if (pair.status() != DuplicatePair.Status.OPEN) {
            return Rejected.of(null, "dedup.error.decided");
        }
        if (keptId == null || !pair.concerns(keptId)) {
            return Rejected.of("keep", "dedup.error.keep");
        }
        Member kept = member(keptId);
        Member duplicate = member(pair.other(keptId));
        if (kept == null || duplicate == null || !kept.active() || !duplicate.active()) {
            return Rejected.of(null, "dedup.error.inactive");
        }
        boolean aloneAsHead = duplicate.relationship().equals("HEAD") && duplicate.householdMembers() == 1;
        if (duplicate.relationship().equals("HEAD") && !aloneAsHead) {
            return Rejected.of(null, "dedup.error.headWithMembers", duplicate.householdRef());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        jdbc.sql("UPDATE individual SET active = false, merged_into = :kept WHERE id = :id")
                .param("kept", kept.id()).param("id", duplicate.id()).update();
        UUID closed = null;
        if (aloneAsHead) {
            jdbc.sql("UPDATE household SET active = false WHERE id = :id").param("id", duplicate.household()).update();
            history.household("PERSONS_MERGED", duplicate.household(), "active", "true", "false", why);
            closed = duplicate.household();
        }
        history.person("PERSONS_MERGED", duplicate.id(), duplicate.household(), "merged_into", null, kept.ref(), why);
        history.person("PERSONS_MERGED", kept.id(), kept.household(), "merged_record", null, duplicate.ref(), why);
        pairs.decide(pairId, DuplicatePair.Status.MERGED, kept.id(), closed, history.actorName(), clock.instant());
        audit.record("PERSONS_MERGED", "person", kept.id(), "duplicate=" + duplicate.id() + " pair=" + pairId);
        events.publishEvent(new PersonsMerged(kept.id(), duplicate.id()));
        return new RegistryOutcome.Done(kept.id());
    }

    /** The pair is two people: it is not raised again. */
    @Transactional
    public RegistryOutcome reject(UUID pairId, String reason) {
        var pair = pairs.find(pairId).orElse(null);
        if (pair == null) {
            return Rejected.of(null, "dedup.error.noPair");
        }
        if (pair.status() != DuplicatePair.Status.OPEN) {
            return Rejected.of(null, "dedup.error.decided");
        }
        pairs.decide(pairId, DuplicatePair.Status.REJECTED, null, null, history.actorName(), clock.instant());
        audit.record("DUPLICATE_REJECTED", "person", pair.personA(), "other=" + pair.personB() + " pair=" + pairId
                + (reason == null || reason.isBlank() ? "" : " reason given"));
        return new RegistryOutcome.Done(pairId);
    }

    /** Undoes a merge (administrators): the duplicate is a person of its own again, the pair open again. */
    @Transactional
    public RegistryOutcome undo(UUID pairId, String reason) {
        var pair = pairs.find(pairId).orElse(null);
        if (pair == null) {
            return Rejected.of(null, "dedup.error.noPair");
        }
        if (pair.status() != DuplicatePair.Status.MERGED) {
            return Rejected.of(null, "dedup.error.notMerged");
        }
        if (reason == null || reason.isBlank()) {
            return Rejected.of("reason", "registry.error.reason");
        }
        Member kept = member(pair.kept());
        Member duplicate = member(pair.duplicate());
        if (pair.closedHousehold() != null) {
            jdbc.sql("UPDATE household SET active = true WHERE id = :id").param("id", pair.closedHousehold()).update();
            history.household("PERSONS_UNMERGED", pair.closedHousehold(), "active", "false", "true", reason.strip());
        }
        jdbc.sql("UPDATE individual SET active = true, merged_into = NULL WHERE id = :id")
                .param("id", duplicate.id()).update();
        history.person("PERSONS_UNMERGED", duplicate.id(), duplicate.household(), "merged_into", kept.ref(), null,
                reason.strip());
        history.person("PERSONS_UNMERGED", kept.id(), kept.household(), "merged_record", duplicate.ref(), null,
                reason.strip());
        pairs.decide(pairId, DuplicatePair.Status.OPEN, null, null, null, null);
        audit.record("PERSONS_UNMERGED", "person", kept.id(), "restored=" + duplicate.id() + " pair=" + pairId);
        events.publishEvent(new PersonsUnmerged(kept.id(), duplicate.id()));
        return new RegistryOutcome.Done(duplicate.id());
    }

    private Member member(UUID id) {
        return jdbc.sql("""
                SELECT i.id, i.ref, i.household_id, h.ref AS household_ref, i.relationship, i.active,
                       (SELECT count(*) FROM individual m WHERE m.household_id = i.household_id AND m.active) AS members
                  FROM individual i JOIN household h ON h.id = i.household_id WHERE i.id = :id
                """).param("id", id).query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getString("ref"),
                rs.getObject("household_id", UUID.class), rs.getString("household_ref"), rs.getString("relationship"),
                rs.getBoolean("active"), rs.getInt("members"))).optional().orElse(null);
    }
}
