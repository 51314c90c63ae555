package org.safepassage.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safepassage.registry.ChangeRecord;
import org.safepassage.registry.Governorate;
import org.safepassage.registry.HouseholdSummary;
import org.safepassage.registry.Person;
import org.safepassage.registry.SpecificNeed;
import org.safepassage.registry.Traveller;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models of the registry: households, people, travellers, reference data and history. */
@Repository
public class RegistryReads {

    private final JdbcClient jdbc;
    private final Clock clock;

    RegistryReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<HouseholdSummary> household(String where, Object key) {
        return jdbc.sql(RegistryRows.HOUSEHOLD_SELECT + " WHERE h.active AND " + where).param("key", key)
                .query(RegistryRows::household).optional();
    }

    public List<HouseholdSummary> households(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RegistryRows.HOUSEHOLD_SELECT + " WHERE h.active AND h.id = ANY(:ids) ORDER BY h.ref")
                .param("ids", ids.toArray(UUID[]::new)).query(RegistryRows::household).list();
    }

    public Page<HouseholdSummary> households(PageRequest request) {
        var items = jdbc.sql(RegistryRows.HOUSEHOLD_SELECT + " WHERE h.active ORDER BY h.ref LIMIT :limit OFFSET :offset")
                .param("limit", request.size()).param("offset", request.offset())
                .query(RegistryRows::household).list();
        return new Page<>(items, request.page(), request.size(), householdCount());
    }

    public Optional<Person> person(UUID id) {
        return jdbc.sql("SELECT " + RegistryRows.PERSON_COLUMNS
                        + " FROM individual i JOIN household h ON h.id = i.household_id WHERE i.id = :id AND i.active")
                .param("id", id).query(RegistryRows::person).optional();
    }

    public Optional<UUID> individualIdByRef(String ref) {
        return jdbc.sql("SELECT id FROM individual WHERE ref = :ref AND active").param("ref", ref)
                .query(UUID.class).optional();
    }

    /** Active members, the head first, then by age (oldest first). */
    public List<Person> members(UUID householdId) {
        return jdbc.sql("SELECT " + RegistryRows.PERSON_COLUMNS + """
                         FROM individual i JOIN household h ON h.id = i.household_id
                        WHERE i.household_id = :id AND i.active
                        ORDER BY i.relationship <> 'HEAD', i.birth_date, i.ref
                        """)
                .param("id", householdId).query(RegistryRows::person).list();
    }

    public Map<UUID, List<Traveller>> travellers(Collection<UUID> householdIds) {
        Map<UUID, List<Traveller>> byHousehold = new LinkedHashMap<>();
        if (householdIds.isEmpty()) {
            return byHousehold;
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                SELECT i.id, i.ref, i.household_id, i.relationship, i.sex, i.birth_date, i.birth_year_only,
                       i.specific_needs
                  FROM individual i
                 WHERE i.household_id = ANY(:ids) AND i.active
                 ORDER BY i.household_id, i.relationship <> 'HEAD', i.birth_date, i.ref
                """)
                .param("ids", householdIds.toArray(UUID[]::new))
                .query(rs -> {
                    var traveller = RegistryRows.traveller(rs, today);
                    byHousehold.computeIfAbsent(traveller.householdId(), id -> new java.util.ArrayList<>())
                            .add(traveller);
                });
        return byHousehold;
    }

    public List<SpecificNeed> specificNeeds() {
        return jdbc.sql("""
                SELECT code, category, label_en, label_ar, active, protection_hold, medical_seat, wheelchair
                  FROM specific_need ORDER BY code
                """)
                .query((rs, n) -> new SpecificNeed(rs.getString("code"), rs.getString("category"),
                        rs.getString("label_en"), rs.getString("label_ar"), rs.getBoolean("active"),
                        rs.getBoolean("protection_hold"), rs.getBoolean("medical_seat"), rs.getBoolean("wheelchair")))
                .list();
    }

    public List<Governorate> governorates() {
        return jdbc.sql("SELECT pcode, name_en, name_ar FROM governorate ORDER BY pcode")
                .query((rs, n) -> new Governorate(rs.getString("pcode"), rs.getString("name_en"),
                        rs.getString("name_ar")))
                .list();
    }

    public long householdCount() {
        return jdbc.sql("SELECT count(*) FROM household WHERE active").query(Long.class).single();
    }

    public long individualCount() {
        return jdbc.sql("SELECT count(*) FROM individual WHERE active").query(Long.class).single();
    }

    /** A person's history, newest first. */
    public List<ChangeRecord> personHistory(UUID individualId) {
        return jdbc.sql("SELECT * FROM registry_change WHERE record_id = :id ORDER BY id DESC")
                .param("id", individualId).query(RegistryRows::change).list();
    }

    /** A household's history: its own changes and those of anyone who was a member at the time, newest first. */
    public Page<ChangeRecord> householdHistory(UUID householdId, PageRequest request) {
        var items = jdbc.sql("""
                SELECT * FROM registry_change WHERE household_id = :id OR record_id = :id
                 ORDER BY id DESC LIMIT :limit OFFSET :offset
                """)
                .param("id", householdId).param("limit", request.size()).param("offset", request.offset())
                .query(RegistryRows::change).list();
        long total = jdbc.sql("SELECT count(*) FROM registry_change WHERE household_id = :id OR record_id = :id")
                .param("id", householdId).query(Long.class).single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Aggregates for analysts (suppression of small cells happens in RegistryFigures). */
    public org.safepassage.registry.RegistryFigures figures() {
        Map<String, Long> byOrigin = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT coalesce(origin_pcode, '-') AS k, count(*) AS n FROM individual WHERE active
                 GROUP BY 1 ORDER BY 1
                """).query(rs -> {
            byOrigin.put(rs.getString("k"), rs.getLong("n"));
        });
        Map<String, Long> bySexAndAge = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT sex || ' ' || CASE WHEN age < 5 THEN '0-4' WHEN age < 18 THEN '5-17' WHEN age < 60 THEN '18-59'
                                          ELSE '60+' END AS k, count(*) AS n
                  FROM (SELECT sex, date_part('year', age(:today, birth_date)) AS age FROM individual WHERE active) a
                 GROUP BY sex, 1 ORDER BY sex, min(age)
                """).param("today", java.sql.Date.valueOf(LocalDate.now(clock))).query(rs -> {
            bySexAndAge.put(rs.getString("k"), rs.getLong("n"));
        });
        Map<String, Long> byNeed = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT substring(code FROM 1 FOR 2) AS k, count(DISTINCT id) AS n
                  FROM individual, unnest(specific_needs) AS code WHERE active GROUP BY 1 ORDER BY 1
                """).query(rs -> {
            byNeed.put(rs.getString("k"), rs.getLong("n"));
        });
        return new org.safepassage.registry.RegistryFigures(householdCount(), individualCount(), byOrigin,
                bySexAndAge, byNeed);
    }
}
