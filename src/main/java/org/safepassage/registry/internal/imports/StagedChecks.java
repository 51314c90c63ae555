package org.safepassage.registry.internal.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safepassage.registry.ImportFinding;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules that need the registry, run in SQL over the staged file: refs registered in another household
 * (or merged away), closed households, and the heads registered in the file's households that the file
 * does not name (for {@link FileChecks}, which checks the rules within the file as it is read).
 */
final class StagedChecks {

    private final JdbcClient jdbc;
    private final int cap;

    StagedChecks(JdbcClient jdbc, int cap) {
        this.jdbc = jdbc;
        this.cap = cap;
    }

    void run(List<ImportFinding> errors) {
        refsRegisteredElsewhere(errors);
        closedHouseholds(errors);
    }

    private void refsRegisteredElsewhere(List<ImportFinding> errors) {
        jdbc.sql("""
                SELECT s.row_no, s.individual_ref, h.ref, i.active
                  FROM registry_staging s
                  JOIN individual i ON i.ref = s.individual_ref
                  JOIN household h ON h.id = i.household_id
                 WHERE s.household_ref IS DISTINCT FROM h.ref OR NOT i.active
                 ORDER BY s.row_no LIMIT :cap
                """).param("cap", cap).query(rs -> {
            String message = rs.getBoolean(4)
                    ? "This person is registered in household " + rs.getString(3)
                            + "; moving a person is a recorded operation on the person's page, not an import."
                    : "This ref belongs to a record merged into another one; use the kept record's ref.";
            errors.add(new ImportFinding(rs.getInt(1), "individual_ref", rs.getString(2), "ref-in-other-household",
                    message));
        });
    }

    private void closedHouseholds(List<ImportFinding> errors) {
        jdbc.sql("""
                SELECT min(s.row_no), s.household_ref FROM registry_staging s
                  JOIN household h ON h.ref = s.household_ref WHERE NOT h.active
                 GROUP BY s.household_ref ORDER BY 1 LIMIT :cap
                """).param("cap", cap).query(rs -> {
            errors.add(new ImportFinding(rs.getInt(1), "household_ref", rs.getString(2), "closed-household",
                    "This household was merged into another one and is closed."));
        });
    }

    /** By household ref: the heads registered in the file's households that the file does not name. */
    Map<String, FileChecks.KeptHeads> keptHeads() {
        Map<String, FileChecks.KeptHeads> kept = new HashMap<>();
        jdbc.sql("""
                SELECT h.ref, count(*), min(i.ref)
                  FROM household h JOIN individual i ON i.household_id = h.id AND i.active
                                                    AND i.relationship = 'HEAD'
                 WHERE h.ref IN (SELECT household_ref FROM registry_staging)
                   AND NOT EXISTS (SELECT 1 FROM registry_staging s WHERE s.individual_ref = i.ref)
                 GROUP BY h.ref
                """).query(rs -> {
            kept.put(rs.getString(1), new FileChecks.KeptHeads(rs.getInt(2), rs.getString(3)));
        });
        return kept;
    }
}
