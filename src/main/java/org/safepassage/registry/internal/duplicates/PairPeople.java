package org.safepassage.registry.internal.duplicates;

import java.util.Optional;
import java.util.UUID;

import org.safepassage.registry.BirthDate;
import org.safepassage.registry.PersonName;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;
import org.safepassage.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people of a pair as a clerk compares them, merged records included (the registry's own reads show only
 * active people). Every read is audited, as any read of a person's details.
 */
@Component
public class PairPeople {

    /** What a clerk needs to tell two records apart. */
    public record Side(UUID id, String ref, boolean active, UUID householdId, String householdRef,
            Relationship relationship, PersonName name, Sex sex, BirthDate birthDate, String originPcode,
            String phone, String shelterBlock, int householdMembers) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PairPeople(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<Side> read(UUID id) {
        var side = jdbc.sql("""
                SELECT i.id, i.ref, i.active, i.household_id, h.ref AS household_ref, i.relationship, i.given_name,
                       i.father_name, i.family_name, i.given_name_ar, i.father_name_ar, i.family_name_ar, i.sex,
                       registry_birth_text(i.birth_date, i.birth_year_only) AS birth, i.origin_pcode, i.phone,
                       h.shelter_block,
                       (SELECT count(*) FROM individual m WHERE m.household_id = i.household_id AND m.active) AS members
                  FROM individual i JOIN household h ON h.id = i.household_id WHERE i.id = :id
                """).param("id", id).query((rs, n) -> new Side(rs.getObject("id", UUID.class), rs.getString("ref"),
                rs.getBoolean("active"), rs.getObject("household_id", UUID.class), rs.getString("household_ref"),
                Relationship.valueOf(rs.getString("relationship")),
                new PersonName(rs.getString("given_name"), rs.getString("father_name"), rs.getString("family_name"),
                        rs.getString("given_name_ar"), rs.getString("father_name_ar"), rs.getString("family_name_ar")),
                Sex.valueOf(rs.getString("sex")), BirthDate.parse(rs.getString("birth")), rs.getString("origin_pcode"),
                rs.getString("phone"), rs.getString("shelter_block"), rs.getInt("members"))).optional();
        side.ifPresent(s -> audit.recordRead("person", s.id()));
        return side;
    }
}
