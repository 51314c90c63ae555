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

    /** @param indexing told when the stored rows are being indexed (after a bulk load) */
    int[] run(Runnable indexing) {
        // heads were checked over the whole file and the members it does not name (FileChecks, StagedChecks)
        jdbc.sql("SET LOCAL registry.heads_checked = 'on'").update();
        jdbc.sql("SET LOCAL maintenance_work_mem = '256MB'").update();
        var bulk = doublesTheRegistry() ? BulkLoad.start(jdbc0) : null;
        int[] counts = move();
        if (bulk != null) {
            indexing.run();
            bulk.finish();
        }
        return counts;
    }

    /**
     * A file that adds at least as many people as are registered (a first load above all) has the indexes
     * that only serve reads built once afterwards, much faster than row by row; its tables are locked until
     * it commits. A file of people mostly registered already changes few rows and keeps the indexes.
     */
    private boolean doublesTheRegistry() {
        long people = jdbc0.sql("SELECT count(*) FROM individual").query(Long.class).single();
        return people == 0 || jdbc0.sql("""
                SELECT count(*) FROM registry_staging s
                 WHERE NOT EXISTS (SELECT 1 FROM individual i WHERE i.ref = s.individual_ref)
                """).query(Long.class).single() >= people;
    }

    private int[] move() {
        jdbc.sql("""
                CREATE TEMP TABLE registry_staged_household ON COMMIT DROP AS
                SELECT household_ref AS ref, min(household_id::text)::uuid AS id, max(shelter_block) AS shelter_block
                  FROM registry_staging GROUP BY household_ref
                """).update();
        int householdsStaged = jdbc0.sql("SELECT count(*) FROM registry_staged_household").query(Long.class)
                .single().intValue();
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
        // only rows that differ are taken apart field by field: a file of people mostly unchanged (a
        // re-import) would otherwise compare every field of every person one row at a time
        jdbc.sql("""
                INSERT INTO registry_change (at, actor, operation, record_type, record_id, household_id, field,
                                             old_value, new_value, reason)
                SELECT :at, :actor, 'IMPORTED', 'person', i.id, i.household_id, f.field, f.old, f.new, :reason
                  FROM registry_staging s JOIN individual i ON i.ref = s.individual_ref
                 CROSS JOIN LATERAL (VALUES %s) AS f(field, old, new)
                 WHERE %s AND f.old IS DISTINCT FROM f.new
                """.formatted(FIELDS, DIFFERS)).param("at", at).param("actor", actor).param("reason", reason).update();
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
        // when every household of the file is new, each row already carries its household's id; without the
        // join the rows go in in file order, which keeps the indexes' inserts next to each other
        boolean newHouseholds = householdsAdded == householdsStaged;
        int added = jdbc.sql("""
                INSERT INTO individual (id, ref, household_id, relationship, given_name, father_name, family_name,
                    given_name_ar, father_name_ar, family_name_ar, sex, birth_date, birth_year_only, origin_pcode,
                    arrival_date, phone, specific_needs, registered_at, registered_via, search_keys)
                SELECT s.id, s.individual_ref, %s, s.relationship, s.given_name, s.father_name,
                       s.family_name, s.given_name_ar, s.father_name_ar, s.family_name_ar, s.sex, s.birth_date,
                       s.birth_year_only, s.origin_pcode, s.arrival_date, s.phone, s.specific_needs, :at, :via,
                       s.search_keys
                  FROM registry_staging s %s
                 WHERE NOT EXISTS (SELECT 1 FROM individual i WHERE i.ref = s.individual_ref)
                """.formatted(newHouseholds ? "s.household_id" : "h.id",
                        newHouseholds ? "" : "JOIN household h ON h.ref = s.household_ref"))
                .param("at", at).param("via", reason).update();
        return new int[] {householdsAdded, householdsChanged, added, changed};
    }
}
