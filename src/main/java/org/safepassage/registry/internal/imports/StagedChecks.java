package org.safepassage.registry.internal.imports;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.safepassage.registry.ImportFinding;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules that need more than one row, run in SQL over the staged file and the registry: refs given
 * twice, refs already registered elsewhere, exactly one head per household (counting members already
 * registered and not in the file), one shelter block per household, and heads under 14 (a warning).
 */
final class StagedChecks {

    private final JdbcClient jdbc;
    private final int cap;

    StagedChecks(JdbcClient jdbc, int cap) {
        this.jdbc = jdbc;
        this.cap = cap;
    }

    void run(List<ImportFinding> errors, List<ImportFinding> warnings, LocalDate today) {
        repeatedRefs(errors);
        refsRegisteredElsewhere(errors);
        closedHouseholds(errors);
        heads(errors);
        blocks(errors);
        childHeads(warnings, today);
    }

    private void repeatedRefs(List<ImportFinding> errors) {
        jdbc.sql("""
                SELECT row_no, individual_ref, first_row FROM (
                    SELECT row_no, individual_ref, min(row_no) OVER (PARTITION BY individual_ref) AS first_row
                      FROM registry_staging WHERE individual_ref IS NOT NULL) d
                 WHERE row_no <> first_row ORDER BY row_no LIMIT :cap
                """).param("cap", cap).query(rs -> {
            errors.add(new ImportFinding(rs.getInt(1), "individual_ref", rs.getString(2), "duplicate-ref",
                    "This individual_ref is already used on row " + rs.getInt(3) + "."));
        });
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

    private void heads(List<ImportFinding> errors) {
        jdbc.sql("""
                WITH f AS (
                    SELECT household_ref, min(row_no) AS first_row,
                           array_agg(row_no ORDER BY row_no) FILTER (WHERE relationship = 'HEAD') AS head_rows
                      FROM registry_staging WHERE household_ref IS NOT NULL GROUP BY household_ref),
                kept AS (
                    SELECT h.ref, count(*) AS n, min(i.ref) AS head_ref
                      FROM household h JOIN individual i ON i.household_id = h.id AND i.active
                                                        AND i.relationship = 'HEAD'
                     WHERE h.ref IN (SELECT household_ref FROM f)
                       AND NOT EXISTS (SELECT 1 FROM registry_staging s WHERE s.individual_ref = i.ref)
                     GROUP BY h.ref)
                SELECT f.household_ref, f.first_row, f.head_rows, coalesce(kept.n, 0) AS kept, kept.head_ref
                  FROM f LEFT JOIN kept ON kept.ref = f.household_ref
                 WHERE coalesce(cardinality(f.head_rows), 0) + coalesce(kept.n, 0) <> 1
                 ORDER BY f.first_row LIMIT :cap
                """).param("cap", cap).query(rs -> {
            String household = rs.getString(1);
            var array = rs.getArray(3);
            Integer[] headRows = array == null ? new Integer[0] : (Integer[]) array.getArray();
            int kept = rs.getInt(4);
            if (headRows.length == 0 && kept == 0) {
                errors.add(new ImportFinding(rs.getInt(2), null, household, "no-head",
                        "Household " + household + " has no HEAD; exactly one member must be HEAD."));
            } else if (kept > 0) {
                errors.add(new ImportFinding(headRows[0], "relationship", "HEAD", "two-heads",
                        "Household " + household + " already has a registered head (" + rs.getString(5)
                                + ") who is not in this file; change the head on the household page first."));
            } else {
                for (int i = 1; i < headRows.length; i++) {
                    errors.add(new ImportFinding(headRows[i], "relationship", "HEAD", "two-heads",
                            "Household " + household + " already has a HEAD on row " + headRows[0]
                                    + "; exactly one member must be HEAD."));
                }
            }
        });
    }

    private void blocks(List<ImportFinding> errors) {
        jdbc.sql("""
                WITH mixed AS (
                    SELECT household_ref FROM registry_staging GROUP BY household_ref
                    HAVING min(shelter_block) <> max(shelter_block)
                        OR (count(shelter_block) > 0 AND count(shelter_block) <> count(*))),
                expected AS (
                    SELECT DISTINCT ON (s.household_ref) s.household_ref, s.shelter_block, s.row_no
                      FROM registry_staging s JOIN mixed USING (household_ref)
                     ORDER BY s.household_ref, s.relationship IS DISTINCT FROM 'HEAD', s.row_no)
                SELECT s.row_no, s.shelter_block, e.shelter_block, e.row_no, s.household_ref
                  FROM registry_staging s JOIN expected e USING (household_ref)
                 WHERE s.shelter_block IS DISTINCT FROM e.shelter_block
                 ORDER BY s.row_no LIMIT :cap
                """).param("cap", cap).query(rs -> {
            errors.add(new ImportFinding(rs.getInt(1), "shelter_block", rs.getString(2), "household-inconsistent",
                    "A household lives in one shelter block: household " + rs.getString(5) + " has '"
                            + rs.getString(3) + "' on row " + rs.getInt(4) + "."));
        });
    }

    private void childHeads(List<ImportFinding> warnings, LocalDate today) {
        jdbc.sql("""
                SELECT row_no, birth_date, household_ref FROM registry_staging
                 WHERE relationship = 'HEAD' AND birth_date > :limit ORDER BY row_no LIMIT :cap
                """).param("limit", Date.valueOf(today.minusYears(14))).param("cap", cap).query(rs -> {
            warnings.add(new ImportFinding(rs.getInt(1), "date_of_birth", rs.getDate(2).toString(), "child-head",
                    "The head of household " + rs.getString(3) + " is under 14: check the household, and record "
                            + "SC-CH (child-headed household) if it is right."));
        });
    }
}
