package org.safepassage.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.registry.HouseholdRegistered;
import org.safepassage.registry.NewMember;
import org.safepassage.registry.PersonChanged;
import org.safepassage.registry.PersonDetails;
import org.safepassage.registry.PersonRegistered;
import org.safepassage.registry.RegisterHousehold;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.RegistryOutcome.Rejected;
import org.safepassage.registry.RegistryOutcome.Violation;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.SpecificNeed;
import org.safepassage.security.AuditLog;
import org.safepassage.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering households and people, and correcting what was recorded: every change kept and audited. */
@Service
public class Registrations {

    private final JdbcClient jdbc;
    private final RegistryReads reads;
    private final PersonRows rows;
    private final ChangeLog history;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registrations(JdbcClient jdbc, RegistryReads reads, PersonRows rows, ChangeLog history, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.rows = rows;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public RegistrationRules rules() {
        return new RegistrationRules(
                reads.governorates().stream().map(g -> g.pcode()).collect(Collectors.toSet()),
                reads.specificNeeds().stream().filter(SpecificNeed::active).map(SpecificNeed::code)
                        .collect(Collectors.toSet()),
                LocalDate.now(clock));
    }

    @Transactional
    public RegistryOutcome register(RegisterHousehold command) {
        List<Violation> violations = new ArrayList<>(rules().household(command));
        if (command.ref() != null && refTaken("household", command.ref())) {
            violations.add(new Violation("ref", "registry.error.refTaken", List.of(command.ref())));
        }
        for (int i = 0; i < command.members().size(); i++) {
            String ref = command.members().get(i).ref();
            if (ref != null && refTaken("individual", ref)) {
                violations.add(new Violation("members[" + i + "].ref", "registry.error.refTaken", List.of(ref)));
            }
        }
        if (!violations.isEmpty()) {
            return new Rejected(violations);
        }
        var id = Ids.newId(clock);
        String ref = command.ref() != null ? command.ref() : newHouseholdRef();
        var at = history.now();
        jdbc.sql("INSERT INTO household (id, ref, shelter_block, registered_at) VALUES (:id, :ref, :block, :at)")
                .param("id", id).param("ref", ref).param("block", command.shelterBlock()).param("at", at).update();
        history.household("REGISTERED", id, null, null, ref, null);
        Set<String> usedRefs = new HashSet<>();
        List<UUID> memberIds = new ArrayList<>();
        for (NewMember member : command.members()) {
            memberIds.add(insertMember(id, ref, member, usedRefs, at));
        }
        audit.record("HOUSEHOLD_REGISTERED", "household", id, "members=" + memberIds.size());
        events.publishEvent(new HouseholdRegistered(id));
        memberIds.forEach(memberId -> events.publishEvent(new PersonRegistered(memberId, id)));
        return new RegistryOutcome.Done(id);
    }

    @Transactional
    public RegistryOutcome addMember(UUID householdId, NewMember member) {
        var household = reads.household("h.id = :key", householdId);
        if (household.isEmpty()) {
            return Rejected.of(null, "registry.error.noHousehold");
        }
        List<Violation> violations = new ArrayList<>(rules().person("", member.details()));
        if (member.details().relationship() == Relationship.HEAD && household.get().headId() != null) {
            violations.add(new Violation("relationship", "registry.error.secondHead", List.of()));
        }
        if (member.ref() != null && refTaken("individual", member.ref())) {
            violations.add(new Violation("ref", "registry.error.refTaken", List.of(member.ref())));
        }
        if (!violations.isEmpty()) {
            return new Rejected(violations);
        }
        var id = insertMember(householdId, household.get().ref(), member, new HashSet<>(), history.now());
        audit.record("PERSON_REGISTERED", "person", id, "household=" + householdId);
        events.publishEvent(new PersonRegistered(id, householdId));
        return new RegistryOutcome.Done(id);
    }

    /** Corrects a person's details; each changed field is kept with its old and new value. */
    @Transactional
    public RegistryOutcome change(UUID individualId, PersonDetails details, String reason) {
        var person = reads.person(individualId);
        if (person.isEmpty()) {
            return Rejected.of(null, "registry.error.noPerson");
        }
        List<Violation> violations = new ArrayList<>(rules().person("", details));
        var before = PersonDetails.of(person.get());
        boolean wasHead = before.relationship() == Relationship.HEAD;
        if (details.relationship() != null && wasHead != (details.relationship() == Relationship.HEAD)) {
            violations.add(new Violation("relationship", "registry.error.headByOperation", List.of()));
        }
        if (!violations.isEmpty()) {
            return new Rejected(violations);
        }
        var changes = PersonFields.changes(before, details);
        if (changes.isEmpty()) {
            return new RegistryOutcome.Done(individualId);
        }
        rows.update(individualId, details);
        UUID householdId = person.get().householdId();
        changes.forEach((field, values) ->
                history.person("CHANGED", individualId, householdId, field, values[0], values[1], reason));
        audit.record("PERSON_CHANGED", "person", individualId, "fields=" + String.join(",", changes.keySet()));
        events.publishEvent(new PersonChanged(individualId, householdId, Set.copyOf(changes.keySet())));
        return new RegistryOutcome.Done(individualId);
    }

    /** Moves the household to another shelter block. */
    @Transactional
    public RegistryOutcome changeBlock(UUID householdId, String block, String reason) {
        var household = reads.household("h.id = :key", householdId);
        if (household.isEmpty()) {
            return Rejected.of(null, "registry.error.noHousehold");
        }
        String newBlock = block == null || block.isBlank() ? null : block.strip();
        if (newBlock != null && newBlock.length() > 40) {
            return Rejected.of("shelterBlock", "registry.error.tooLong", 40);
        }
        String oldBlock = household.get().shelterBlock();
        if (java.util.Objects.equals(oldBlock, newBlock)) {
            return new RegistryOutcome.Done(householdId);
        }
        jdbc.sql("UPDATE household SET shelter_block = :b WHERE id = :id").param("b", newBlock)
                .param("id", householdId).update();
        reads.members(householdId).forEach(member -> rows.refreshSearchKeys(member.id()));
        history.household("CHANGED", householdId, "shelter_block", oldBlock, newBlock, reason);
        audit.record("HOUSEHOLD_CHANGED", "household", householdId, "fields=shelter_block");
        return new RegistryOutcome.Done(householdId);
    }

    private UUID insertMember(UUID householdId, String householdRef, NewMember member, Set<String> usedRefs,
            java.sql.Timestamp at) {
        var id = Ids.newId(clock);
        String ref = member.ref() != null ? member.ref() : newMemberRef(householdRef, usedRefs);
        usedRefs.add(ref);
        rows.insert(id, ref, householdId, member.details(), at);
        history.person("REGISTERED", id, householdId, null, null, ref, null);
        return id;
    }

    boolean refTaken(String table, String ref) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE ref = :ref)").param("ref", ref)
                .query(Boolean.class).single();
    }

    private String newHouseholdRef() {
        while (true) {
            long n = jdbc.sql("SELECT nextval('registry_ref_seq')").query(Long.class).single();
            String ref = String.format("HH-%06d", n);
            if (!refTaken("household", ref)) {
                return ref;
            }
        }
    }

    private String newMemberRef(String householdRef, Set<String> usedRefs) {
        for (int n = 1; ; n++) {
            String ref = String.format("%s-%02d", householdRef, n);
            if (!usedRefs.contains(ref) && !refTaken("individual", ref)) {
                return ref;
            }
        }
    }
}
