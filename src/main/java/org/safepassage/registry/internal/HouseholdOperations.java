package org.safepassage.registry.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.registry.HouseholdSplit;
import org.safepassage.registry.HouseholdSummary;
import org.safepassage.registry.HouseholdsMerged;
import org.safepassage.registry.Person;
import org.safepassage.registry.PersonMoved;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.RegistryOutcome.Rejected;
import org.safepassage.registry.Relationship;
import org.safepassage.security.AuditLog;
import org.safepassage.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recorded operations on households: moving a person, splitting, merging, changing the head. Each needs a
 * reason, is kept in the history of everyone concerned, audited and announced; each keeps exactly one head
 * per household (the database checks it again at commit).
 */
@Service
public class HouseholdOperations {

    private final JdbcClient jdbc;
    private final RegistryReads reads;
    private final PersonRows rows;
    private final ChangeLog history;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HouseholdOperations(JdbcClient jdbc, RegistryReads reads, PersonRows rows, ChangeLog history, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.rows = rows;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public RegistryOutcome move(UUID individualId, String toHouseholdRef, Relationship relationship, String reason) {
        var person = reads.person(individualId);
        var target = toHouseholdRef == null ? java.util.Optional.<HouseholdSummary>empty()
                : reads.household("h.ref = :key", toHouseholdRef.strip());
        if (person.isEmpty()) {
            return Rejected.of(null, "registry.error.noPerson");
        }
        if (target.isEmpty()) {
            return Rejected.of("household", "registry.error.noHousehold");
        }
        if (blank(reason)) {
            return Rejected.of("reason", "registry.error.reason");
        }
        if (relationship == null || relationship == Relationship.HEAD) {
            return Rejected.of("relationship", "registry.error.moveAsHead");
        }
        UUID from = person.get().householdId();
        if (target.get().id().equals(from)) {
            return Rejected.of("household", "registry.error.sameHousehold");
        }
        var source = reads.household("h.id = :key", from).orElseThrow();
        if (person.get().relationship() == Relationship.HEAD && source.size() > 1) {
            return Rejected.of(null, "registry.error.moveHead");
        }
        rows.setHousehold(individualId, target.get().id(), relationship.name());
        history.person("MOVED", individualId, from, "household", source.ref(), target.get().ref(), reason);
        history.person("MOVED", individualId, target.get().id(), "household", source.ref(), target.get().ref(),
                reason);
        if (person.get().relationship() != relationship) {
            history.person("MOVED", individualId, target.get().id(), "relationship",
                    person.get().relationship().name(), relationship.name(), reason);
        }
        closeIfEmpty(source, target.get().id(), reason);
        audit.record("PERSON_MOVED", "person", individualId, "from=" + from + " to=" + target.get().id());
        events.publishEvent(new PersonMoved(individualId, from, target.get().id()));
        return new RegistryOutcome.Done(target.get().id());
    }

    /** Some members leave to form a new household under one of them as head. */
    @Transactional
    public RegistryOutcome split(UUID householdId, Set<UUID> leaving, UUID newHeadId, String reason) {
        var household = reads.household("h.id = :key", householdId);
        if (household.isEmpty()) {
            return Rejected.of(null, "registry.error.noHousehold");
        }
        if (blank(reason)) {
            return Rejected.of("reason", "registry.error.reason");
        }
        List<Person> members = reads.members(householdId);
        Set<UUID> memberIds = members.stream().map(Person::id).collect(Collectors.toSet());
        if (leaving == null || leaving.isEmpty() || !memberIds.containsAll(leaving)
                || leaving.size() >= members.size()) {
            return Rejected.of("members", "registry.error.splitMembers");
        }
        if (leaving.contains(household.get().headId())) {
            return Rejected.of("members", "registry.error.splitHead");
        }
        if (newHeadId == null || !leaving.contains(newHeadId)) {
            return Rejected.of("newHead", "registry.error.splitNewHead");
        }
        var newId = Ids.newId(clock);
        String newRef = nextSplitRef(household.get().ref());
        jdbc.sql("""
                INSERT INTO household (id, ref, shelter_block, registered_at)
                SELECT :id, :ref, shelter_block, :at FROM household WHERE id = :from
                """).param("id", newId).param("ref", newRef).param("at", history.now()).param("from", householdId)
                .update();
        history.household("SPLIT", householdId, "members", String.valueOf(members.size()),
                String.valueOf(members.size() - leaving.size()), reason);
        history.household("SPLIT", newId, "split_from", household.get().ref(), newRef, reason);
        for (Person member : members) {
            if (leaving.contains(member.id())) {
                String relationship = member.id().equals(newHeadId) ? "HEAD" : member.relationship().name();
                rows.setHousehold(member.id(), newId, relationship);
                history.person("SPLIT", member.id(), householdId, "household", household.get().ref(), newRef, reason);
                history.person("SPLIT", member.id(), newId, "household", household.get().ref(), newRef, reason);
                if (!relationship.equals(member.relationship().name())) {
                    history.person("SPLIT", member.id(), newId, "relationship", member.relationship().name(),
                            relationship, reason);
                }
            }
        }
        audit.record("HOUSEHOLD_SPLIT", "household", householdId, "new=" + newId + " members=" + leaving.size());
        events.publishEvent(new HouseholdSplit(householdId, newId, Set.copyOf(leaving)));
        return new RegistryOutcome.Done(newId);
    }

    /** The absorbed household's members join the kept one; its head takes the given relationship. */
    @Transactional
    public RegistryOutcome merge(UUID keptId, String absorbedRef, Relationship formerHeadBecomes, String reason) {
        var kept = reads.household("h.id = :key", keptId);
        var absorbed = absorbedRef == null ? java.util.Optional.<HouseholdSummary>empty()
                : reads.household("h.ref = :key", absorbedRef.strip());
        if (kept.isEmpty()) {
            return Rejected.of(null, "registry.error.noHousehold");
        }
        if (absorbed.isEmpty()) {
            return Rejected.of("household", "registry.error.noHousehold");
        }
        if (absorbed.get().id().equals(keptId)) {
            return Rejected.of("household", "registry.error.sameHousehold");
        }
        if (formerHeadBecomes == null || formerHeadBecomes == Relationship.HEAD) {
            return Rejected.of("relationship", "registry.error.moveAsHead");
        }
        if (blank(reason)) {
            return Rejected.of("reason", "registry.error.reason");
        }
        var gone = absorbed.get();
        for (Person member : reads.members(gone.id())) {
            String relationship = member.relationship() == Relationship.HEAD ? formerHeadBecomes.name()
                    : member.relationship().name();
            rows.setHousehold(member.id(), keptId, relationship);
            history.person("MERGED", member.id(), gone.id(), "household", gone.ref(), kept.get().ref(), reason);
            history.person("MERGED", member.id(), keptId, "household", gone.ref(), kept.get().ref(), reason);
            if (!relationship.equals(member.relationship().name())) {
                history.person("MERGED", member.id(), keptId, "relationship", member.relationship().name(),
                        relationship, reason);
            }
        }
        jdbc.sql("UPDATE household SET active = false, merged_into = :kept WHERE id = :id")
                .param("kept", keptId).param("id", gone.id()).update();
        history.household("MERGED", keptId, "absorbed", null, gone.ref(), reason);
        history.household("MERGED", gone.id(), "merged_into", gone.ref(), kept.get().ref(), reason);
        audit.record("HOUSEHOLDS_MERGED", "household", keptId, "absorbed=" + gone.id() + " members=" + gone.size());
        events.publishEvent(new HouseholdsMerged(keptId, gone.id()));
        return new RegistryOutcome.Done(keptId);
    }

    /** Another member becomes head; the former head takes the given relationship. */
    @Transactional
    public RegistryOutcome changeHead(UUID householdId, UUID newHeadId, Relationship formerHeadBecomes,
            String reason) {
        var household = reads.household("h.id = :key", householdId);
        if (household.isEmpty()) {
            return Rejected.of(null, "registry.error.noHousehold");
        }
        var newHead = newHeadId == null ? java.util.Optional.<Person>empty() : reads.person(newHeadId);
        if (newHead.isEmpty() || !newHead.get().householdId().equals(householdId)
                || newHead.get().relationship() == Relationship.HEAD) {
            return Rejected.of("newHead", "registry.error.splitNewHead");
        }
        if (formerHeadBecomes == null || formerHeadBecomes == Relationship.HEAD) {
            return Rejected.of("relationship", "registry.error.moveAsHead");
        }
        if (blank(reason)) {
            return Rejected.of("reason", "registry.error.reason");
        }
        UUID formerHead = household.get().headId();
        // the unique index allows one head at a time: step the former head down first
        rows.setRelationship(formerHead, formerHeadBecomes.name());
        rows.setRelationship(newHeadId, "HEAD");
        history.person("HEAD_CHANGED", formerHead, householdId, "relationship", "HEAD", formerHeadBecomes.name(),
                reason);
        history.person("HEAD_CHANGED", newHeadId, householdId, "relationship", newHead.get().relationship().name(),
                "HEAD", reason);
        audit.record("HOUSEHOLD_HEAD_CHANGED", "household", householdId, "head=" + newHeadId);
        events.publishEvent(new org.safepassage.registry.PersonChanged(formerHead, householdId, Set.of("relationship")));
        events.publishEvent(new org.safepassage.registry.PersonChanged(newHeadId, householdId, Set.of("relationship")));
        return new RegistryOutcome.Done(householdId);
    }

    private void closeIfEmpty(HouseholdSummary source, UUID movedTo, String reason) {
        int remaining = jdbc.sql("SELECT count(*) FROM individual WHERE household_id = :id AND active")
                .param("id", source.id()).query(Integer.class).single();
        if (remaining == 0) {
            jdbc.sql("UPDATE household SET active = false, merged_into = :to WHERE id = :id")
                    .param("to", movedTo).param("id", source.id()).update();
            history.household("CLOSED", source.id(), null, null, null, reason);
        }
    }

    private String nextSplitRef(String ref) {
        for (char suffix = 'A'; ; suffix++) {
            String candidate = ref + "-" + suffix;
            boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM household WHERE ref = :ref)")
                    .param("ref", candidate).query(Boolean.class).single();
            if (!taken) {
                return candidate;
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
