package org.safepassage.registry.internal;

import java.sql.Date;
import java.util.UUID;

import org.safepassage.registry.PersonDetails;
import org.safepassage.registry.PersonName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Inserts and updates of individual rows, keeping their search keys in step with what they hold. */
@Component
public class PersonRows {

    private final JdbcClient jdbc;

    PersonRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String ref, UUID householdId, PersonDetails d, java.sql.Timestamp at) {
        bind(jdbc.sql("""
                INSERT INTO individual (id, ref, household_id, relationship, given_name, father_name, family_name,
                    given_name_ar, father_name_ar, family_name_ar, sex, birth_date, birth_year_only, origin_pcode,
                    arrival_date, phone, specific_needs, registered_at, search_keys)
                VALUES (:id, :ref, :householdId, :relationship, :given, :father, :family, :givenAr, :fatherAr,
                    :familyAr, :sex, :birth, :yearOnly, :origin, :arrival, :phone, :needs, :at, '{}')
                """), d).param("id", id).param("ref", ref).param("householdId", householdId).param("at", at).update();
        refreshSearchKeys(id);
    }

    public void update(UUID id, PersonDetails d) {
        bind(jdbc.sql("""
                UPDATE individual SET relationship = :relationship, given_name = :given, father_name = :father,
                    family_name = :family, given_name_ar = :givenAr, father_name_ar = :fatherAr,
                    family_name_ar = :familyAr, sex = :sex, birth_date = :birth, birth_year_only = :yearOnly,
                    origin_pcode = :origin, arrival_date = :arrival, phone = :phone, specific_needs = :needs
                 WHERE id = :id
                """), d).param("id", id).update();
        refreshSearchKeys(id);
    }

    public void setHousehold(UUID id, UUID householdId, String relationship) {
        jdbc.sql("UPDATE individual SET household_id = :h, relationship = :r WHERE id = :id")
                .param("h", householdId).param("r", relationship).param("id", id).update();
        refreshSearchKeys(id);
    }

    public void setRelationship(UUID id, String relationship) {
        jdbc.sql("UPDATE individual SET relationship = :r WHERE id = :id").param("r", relationship).param("id", id)
                .update();
    }

    /** Recomputes the search keys of a person from the row and its household (ref, block). */
    public void refreshSearchKeys(UUID id) {
        var row = jdbc.sql("""
                SELECT i.given_name, i.father_name, i.family_name, i.given_name_ar, i.father_name_ar,
                       i.family_name_ar, i.ref, h.ref AS household_ref, i.phone, h.shelter_block
                  FROM individual i JOIN household h ON h.id = i.household_id WHERE i.id = :id
                """).param("id", id).query((rs, n) -> SearchKeys.of(RegistryRows.name(rs), rs.getString("ref"),
                rs.getString("household_ref"), rs.getString("phone"), rs.getString("shelter_block"))).single();
        jdbc.sql("UPDATE individual SET search_keys = :keys WHERE id = :id").param("keys", row).param("id", id)
                .update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, PersonDetails d) {
        PersonName n = d.name();
        return spec.param("relationship", d.relationship().name()).param("given", n.given())
                .param("father", n.father()).param("family", n.family()).param("givenAr", n.givenAr())
                .param("fatherAr", n.fatherAr()).param("familyAr", n.familyAr()).param("sex", d.sex().name())
                .param("birth", Date.valueOf(d.birthDate().date())).param("yearOnly", d.birthDate().yearOnly())
                .param("origin", d.originPcode())
                .param("arrival", d.arrivalDate() == null ? null : Date.valueOf(d.arrivalDate()))
                .param("phone", d.phone()).param("needs", d.specificNeeds().stream().sorted().toArray(String[]::new));
    }
}
