package org.safepassage.registry.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.safepassage.registry.BirthDate;
import org.safepassage.registry.ChangeRecord;
import org.safepassage.registry.HouseholdSummary;
import org.safepassage.registry.Person;
import org.safepassage.registry.PersonName;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;
import org.safepassage.registry.Traveller;

/** SQL rows to registry records, and the SELECT lists they expect. */
final class RegistryRows {

    static final String PERSON_COLUMNS = """
            i.id, i.ref, i.household_id, i.relationship, i.given_name, i.father_name, i.family_name,
            i.given_name_ar, i.father_name_ar, i.family_name_ar, i.sex, i.birth_date, i.birth_year_only,
            i.origin_pcode, i.arrival_date, h.shelter_block, i.phone, i.specific_needs, i.registered_at
            """;

    /** Household columns plus a lateral summary of its active members; alias the household {@code h}. */
    static final String HOUSEHOLD_SELECT = """
            SELECT h.id, h.ref, h.token, h.shelter_block, s.origin_pcode, s.size, s.head_id,
                   coalesce(s.first_arrival, (h.registered_at AT TIME ZONE 'UTC')::date) AS registered_on
              FROM household h
              CROSS JOIN LATERAL (
                  SELECT count(*)::int AS size, min(m.arrival_date) AS first_arrival,
                         (array_agg(m.id) FILTER (WHERE m.relationship = 'HEAD'))[1] AS head_id,
                         (array_agg(m.origin_pcode) FILTER (WHERE m.relationship = 'HEAD'))[1] AS origin_pcode
                    FROM individual m WHERE m.household_id = h.id AND m.active) s
            """;

    private RegistryRows() {
    }

    static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getString("ref"),
                rs.getObject("household_id", UUID.class), Relationship.valueOf(rs.getString("relationship")),
                name(rs), Sex.valueOf(rs.getString("sex")), birthDate(rs), rs.getString("origin_pcode"),
                localDate(rs.getDate("arrival_date")), rs.getString("shelter_block"), rs.getString("phone"),
                needs(rs.getArray("specific_needs")), rs.getTimestamp("registered_at").toInstant());
    }

    static PersonName name(ResultSet rs) throws SQLException {
        return new PersonName(rs.getString("given_name"), rs.getString("father_name"), rs.getString("family_name"),
                rs.getString("given_name_ar"), rs.getString("father_name_ar"), rs.getString("family_name_ar"));
    }

    static Traveller traveller(ResultSet rs, LocalDate today) throws SQLException {
        var birth = birthDate(rs);
        return new Traveller(rs.getObject("id", UUID.class), rs.getString("ref"),
                rs.getObject("household_id", UUID.class), Relationship.valueOf(rs.getString("relationship")),
                Sex.valueOf(rs.getString("sex")), birth.ageOn(today), birth.yearOnly(),
                needs(rs.getArray("specific_needs")));
    }

    static HouseholdSummary household(ResultSet rs, int row) throws SQLException {
        return new HouseholdSummary(rs.getObject("id", UUID.class), rs.getString("ref"), rs.getString("token"),
                rs.getString("shelter_block"), rs.getString("origin_pcode"),
                localDate(rs.getDate("registered_on")), rs.getInt("size"), rs.getObject("head_id", UUID.class));
    }

    static ChangeRecord change(ResultSet rs, int row) throws SQLException {
        return new ChangeRecord(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("operation"), rs.getString("record_type"), rs.getObject("record_id", UUID.class),
                rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"));
    }

    static BirthDate birthDate(ResultSet rs) throws SQLException {
        return new BirthDate(rs.getDate("birth_date").toLocalDate(), rs.getBoolean("birth_year_only"));
    }

    static Set<String> needs(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return Set.of((String[]) array.getArray());
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
