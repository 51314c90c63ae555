package org.safepassage.registry.internal.imports;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moves a checked, staged file into the registry in set-based SQL: new households and people are inserted;
 * people and households already registered (same ref) are updated where a value differs, each changed field
 * kept in history with the file as reason; identical rows are left alone.
 */
final class StagedMove {

    /** Template columns of an individual, as SQL over the registry row (i) and the staged row (s). */
    private static final String FIELDS = """
            ('relationship', i.relationship, s.relationship),
            ('given_name', i.given_name, s.given_name), ('father_name', i.father_name, s.father_name),
            ('family_name', i.family_name, s.family_name), ('given_name_ar', i.given_name_ar, s.given_name_ar),
            ('father_name_ar', i.father_name_ar, s.father_name_ar),
            ('family_name_ar', i.family_name_ar, s.family_name_ar), ('sex', i.sex, s.sex),
            ('date_of_birth', registry_birth_text(i.birth_date, i.birth_year_only),
                              registry_birth_text(s.birth_date, s.birth_year_only)),
            ('origin_pcode', i.origin_pcode, s.origin_pcode),
            ('arrival_date', i.arrival_date::text, s.arrival_date::text), ('phone', i.phone, s.phone),
            ('specific_needs', nullif(array_to_string(i.specific_needs, ';'), ''),
                               nullif(array_to_string(s.specific_needs, ';'), ''))
            """;

    private static final String DIFFERS = """
            (i.relationship, i.given_name, i.father_name, i.family_name, i.given_name_ar, i.father_name_ar,
             i.family_name_ar, i.sex, i.birth_date, i.birth_year_only, i.origin_pcode, i.arrival_date, i.phone,
             i.specific_needs)
            IS DISTINCT FROM
            (s.relationship, s.given_name, s.father_name, s.family_name, s.given_name_ar, s.father_name_ar,
             s.family_name_ar, s.sex, s.birth_date, s.birth_year_only, s.origin_pcode, s.arrival_date, s.phone,
             s.specific_needs)
            """;

    private final JdbcClient jdbc0;
    private final Timed jdbc;

    /** Times each statement when registry.import.timing is set, to see where a large import spends its time. */
    private static final class Timed {
        private final JdbcClient jdbc;
        Timed(JdbcClient jdbc) { this.jdbc = jdbc; }
        Spec sql(String sql) { return new Spec(jdbc.sql(sql), sql); }
    }

    private record Spec(JdbcClient.StatementSpec spec, String sql) {
        Spec param(String name, Object value) { return new Spec(spec.param(name, value), sql); }
        int update() {
            long start = System.nanoTime();
            int n = spec.update();
            if (Boolean.getBoolean("registry.import.timing")) {
                System.err.printf("%6.0f ms  %s%n", (System.nanoTime() - start) / 1e6,
                        sql.strip().lines().findFirst().orElse(""));
            }
            return n;
        }
        JdbcClient.MappedQuerySpec<Boolean> query(Class<Boolean> type) { return spec.query(type); }
    }
    private final Timestamp at;
    private final String actor;
    private final String reason;

    StagedMove(JdbcClient jdbc, Timestamp at, String actor, String reason) {
        this.jdbc0 = jdbc;
        this.jdbc = new Timed(jdbc);
        this.at = at;
        this.actor = actor;
        this.reason = reason;
    }

    int[] run() {
        // heads were checked over the whole file and the members it does not name (StagedChecks)
        jdbc.sql("SET LOCAL registry.heads_checked = 'on'").update();
        jdbc.sql("SET LOCAL maintenance_work_mem = '256MB'").update();
        // a first load builds the secondary indexes once afterwards, much faster than row by row
        boolean firstLoad = !jdbc.sql("SELECT EXISTS (SELECT 1 FROM individual)").query(Boolean.class).single();
        if (firstLoad) {
            SECONDARY_INDEXES.keySet().forEach(index -> jdbc.sql("DROP INDEX IF EXISTS " + index).update());
            FOREIGN_KEYS.keySet().forEach(key -> jdbc.sql("ALTER TABLE individual DROP CONSTRAINT " + key).update());
        }
        int[] counts = move();
        if (firstLoad) {
            SECONDARY_INDEXES.values().forEach(definition -> jdbc.sql(definition).update());
            // re-adding a foreign key checks all rows in one join instead of one lookup per row
            FOREIGN_KEYS.forEach((key, definition) ->
                    jdbc.sql("ALTER TABLE individual ADD CONSTRAINT " + key + " " + definition).update());
        }
        return counts;
    }

    /** Indexes of V2__registry.sql that only speed up reads; rebuilt as they were after a first load. */
    private static final java.util.Map<String, String> SECONDARY_INDEXES = java.util.Map.of(
            "individual_household", "CREATE INDEX individual_household ON individual (household_id) WHERE active",
            "individual_search", "CREATE INDEX individual_search ON individual USING gin (search_keys)",
            "individual_needs", "CREATE INDEX individual_needs ON individual USING gin (specific_needs) WHERE active");

    /** Foreign keys of individual (V2__registry.sql), checked once over the whole load on a first load. */
    private static final java.util.Map<String, String> FOREIGN_KEYS = java.util.Map.of(
            "individual_household_id_fkey", "FOREIGN KEY (household_id) REFERENCES household (id)",
            "individual_origin_pcode_fkey", "FOREIGN KEY (origin_pcode) REFERENCES governorate (pcode)");

    private int[] move() {
        jdbc.sql("""
                CREATE TEMP TABLE registry_staged_household ON COMMIT DROP AS
                SELECT household_ref AS ref, min(household_id::text)::uuid AS id, max(shelter_block) AS shelter_block
                  FROM registry_staging GROUP BY household_ref
                """).update();
        int householdsAdded = jdbc.sql("""
                INSERT INTO household (id, ref, shelter_block, registered_at)
                SELECT f.id, f.ref, f.shelter_block, :at FROM registry_staged_household f
                 WHERE NOT EXISTS (SELECT 1 FROM household h WHERE h.ref = f.ref)
                 ORDER BY f.ref
                """).param("at", at).update();
        jdbc.sql("""
                INSERT INTO registry_change (at, actor, operation, record_type, record_id, household_id, field,
                                             old_value, new_value, reason)
                SELECT :at, :actor, 'IMPORTED', 'household', h.id, h.id, 'shelter_block', h.shelter_block,
                       f.shelter_block, :reason
                  FROM household h JOIN registry_staged_household f ON f.ref = h.ref
                 WHERE h.shelter_block IS DISTINCT FROM f.shelter_block AND h.registered_at <> :at
                """).param("at", at).param("actor", actor).param("reason", reason).update();
        int householdsChanged = jdbc.sql("""
                UPDATE household h SET shelter_block = f.shelter_block FROM registry_staged_household f
                 WHERE f.ref = h.ref AND h.shelter_block IS DISTINCT FROM f.shelter_block
                """).update();
        jdbc.sql("""
                INSERT INTO registry_change (at, actor, operation, record_type, record_id, household_id, field,
                                             old_value, new_value, reason)
                SELECT :at, :actor, 'IMPORTED', 'person', i.id, i.household_id, f.field, f.old, f.new, :reason
                  FROM registry_staging s JOIN individual i ON i.ref = s.individual_ref
                 CROSS JOIN LATERAL (VALUES %s) AS f(field, old, new)
                 WHERE f.old IS DISTINCT FROM f.new
                """.formatted(FIELDS)).param("at", at).param("actor", actor).param("reason", reason).update();
        // a head steps down before another member steps up: the one-head index is checked row by row
        int changed = 0;
        for (String order : new String[] {"s.relationship <> 'HEAD'", "s.relationship = 'HEAD'"}) {
            changed += jdbc.sql("""
                    UPDATE individual i SET relationship = s.relationship, given_name = s.given_name,
                           father_name = s.father_name, family_name = s.family_name, given_name_ar = s.given_name_ar,
                           father_name_ar = s.father_name_ar, family_name_ar = s.family_name_ar, sex = s.sex,
                           birth_date = s.birth_date, birth_year_only = s.birth_year_only,
                           origin_pcode = s.origin_pcode, arrival_date = s.arrival_date, phone = s.phone,
                           specific_needs = s.specific_needs, search_keys = s.search_keys
                      FROM registry_staging s
                     WHERE i.ref = s.individual_ref AND %s AND %s
                    """.formatted(order, DIFFERS)).update();
        }
        int added = jdbc.sql("""
                INSERT INTO individual (id, ref, household_id, relationship, given_name, father_name, family_name,
                    given_name_ar, father_name_ar, family_name_ar, sex, birth_date, birth_year_only, origin_pcode,
                    arrival_date, phone, specific_needs, registered_at, registered_via, search_keys)
                SELECT s.id, s.individual_ref, h.id, s.relationship, s.given_name, s.father_name,
                       s.family_name, s.given_name_ar, s.father_name_ar, s.family_name_ar, s.sex, s.birth_date,
                       s.birth_year_only, s.origin_pcode, s.arrival_date, s.phone, s.specific_needs, :at, :via,
                       s.search_keys
                  FROM registry_staging s JOIN household h ON h.ref = s.household_ref
                 WHERE NOT EXISTS (SELECT 1 FROM individual i WHERE i.ref = s.individual_ref)
                """).param("at", at).param("via", reason).update();
        return new int[] {householdsAdded, householdsChanged, added, changed};
    }
}
