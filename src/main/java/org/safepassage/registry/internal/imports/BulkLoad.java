package org.safepassage.registry.internal.imports;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loading many people at once: PostgreSQL builds an index over a whole table many times faster than it
 * maintains it row by row (the search index above all), and checks a foreign key over a whole table in one
 * join. So the indexes of households and individuals that only serve reads, their keys and the foreign keys
 * from and to them are taken off before the rows go in and put back, exactly as the catalog had them, once
 * they are in; a broken rule then fails the import when it is put back. The household's one-head trigger is
 * off meanwhile: the import checked heads over the whole file (FileChecks). All of it is undone by a
 * rollback, and the two tables stay locked until the import commits. The inverted (GIN) indexes, which take
 * longer to build than everything else of the load together, are left to {@link PendingIndexes} to build
 * after the commit.
 */
final class BulkLoad {

    private static final String TABLES = "('household'::regclass, 'individual'::regclass)";
    private static final String HEAD_TRIGGER = "household_has_one_head";

    private record Constraint(String table, String name, String definition) {
    }

    /** @param inverted built after the load commits (GIN), else before */
    private record Index(String name, String definition, boolean inverted) {
    }

    private final JdbcClient jdbc;
    private final List<Index> indexes;
    private final List<Constraint> constraints;

    private BulkLoad(JdbcClient jdbc, List<Index> indexes, List<Constraint> constraints) {
        this.jdbc = jdbc;
        this.indexes = indexes;
        this.constraints = constraints;
    }

    static BulkLoad start(JdbcClient jdbc) {
        List<Index> indexes = jdbc.sql("""
                SELECT c.relname, pg_get_indexdef(i.indexrelid), am.amname = 'gin' FROM pg_index i
                  JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
                 WHERE i.indrelid IN %s AND NOT i.indisunique AND NOT i.indisprimary
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
                """.formatted(TABLES))
                .query((rs, n) -> new Index(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
        // keys and foreign keys of the two tables, and foreign keys of other tables to them; primary keys,
        // then unique ones, then foreign keys when they are put back (a foreign key needs its key)
        List<Constraint> constraints = jdbc.sql("""
                SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
                 WHERE (conrelid IN %s AND contype IN ('p', 'u', 'f')) OR (confrelid IN %s AND contype = 'f')
                 ORDER BY position(contype IN 'puf'), conrelid::regclass::text, conname
                """.formatted(TABLES, TABLES))
                .query((rs, n) -> new Constraint(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        for (int i = constraints.size() - 1; i >= 0; i--) {
            var c = constraints.get(i);
            update(jdbc, "ALTER TABLE " + c.table() + " DROP CONSTRAINT " + quoted(c.name()));
        }
        indexes.forEach(index -> update(jdbc, "DROP INDEX " + quoted(index.name())));
        update(jdbc, "ALTER TABLE household DISABLE TRIGGER " + HEAD_TRIGGER);
        return new BulkLoad(jdbc, indexes, constraints);
    }

    /** Builds the indexes (or leaves the inverted ones pending) and puts the constraints and the trigger back. */
    void finish() {
        for (Index index : indexes) {
            if (index.inverted()) {
                PendingIndexes.defer(jdbc, index.name(), index.definition());
            } else {
                update(jdbc, index.definition());
            }
        }
        constraints.forEach(c -> update(jdbc, "ALTER TABLE " + c.table() + " ADD CONSTRAINT " + quoted(c.name())
                + " " + c.definition()));
        update(jdbc, "ALTER TABLE household ENABLE TRIGGER " + HEAD_TRIGGER);
    }

    /** Runs a statement; shows how long it took when registry.import.timing is set. */
    private static void update(JdbcClient jdbc, String sql) {
        long start = System.nanoTime();
        jdbc.sql(sql).update();
        if (Boolean.getBoolean("registry.import.timing")) {
            System.err.printf("%6.0f ms  %s%n", (System.nanoTime() - start) / 1e6, sql);
        }
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
