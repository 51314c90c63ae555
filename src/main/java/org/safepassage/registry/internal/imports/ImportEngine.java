package org.safepassage.registry.internal.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.safepassage.registry.ImportFinding;
import org.safepassage.registry.ImportProgress;
import org.safepassage.registry.ImportReport;
import org.safepassage.registry.ImportResult;
import org.safepassage.registry.RegistryImported;
import org.safepassage.registry.internal.ChangeLog;
import org.safepassage.registry.internal.RegistrationRules;
import org.safepassage.registry.internal.Registrations;
import org.safepassage.registry.internal.SearchKeys;
import org.safepassage.security.AuditLog;
import org.safepassage.shared.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file in the template, all or nothing, in one transaction: each row is checked as it is read (and
 * followed by {@link FileChecks} for the rules across rows) and streamed with COPY into a temporary staging
 * table; the rules that need the registry run in SQL; with any error (or a dry run) the transaction is
 * rolled back, else the staged rows are moved into the registry, audited once and announced with one
 * {@link RegistryImported} event. A first load into an empty registry skips the staging table (see
 * {@link #firstLoad}).
 */
@Service
public class ImportEngine {

    /** At most this many errors (and warnings) are listed; a file with more is wrong throughout. */
    static final int MAX_FINDINGS = 10_000;
    private static final int PROGRESS_EVERY = 10_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Registrations registrations;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PendingIndexes pendingIndexes;

    ImportEngine(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager,
            Registrations registrations, ChangeLog changeLog, AuditLog audit, ApplicationEventPublisher events,
            PendingIndexes pendingIndexes) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.registrations = registrations;
        this.changeLog = changeLog;
        this.audit = audit;
        this.events = events;
        this.pendingIndexes = pendingIndexes;
    }

    /**
     * @param file     the file to read
     * @param name     the file's name as the user knows it (kept in history and the report)
     * @param dryRun   check only, store nothing
     * @throws TemplateFile.UnreadableFile when the file is not a readable CSV or XLSX at all
     */
    public ImportResult importFile(Path file, String name, boolean dryRun, ImportProgress progress)
            throws TemplateFile.UnreadableFile {
        RegistrationRules rules = registrations.rules();
        Object outcome = transactions.execute(status -> {
            try {
                var result = stageCheckAndMove(file, name, dryRun, rules, progress);
                if (!result.stored()) {
                    status.setRollbackOnly();
                }
                return result;
            } catch (TemplateFile.UnreadableFile e) {
                status.setRollbackOnly();
                return e;
            } catch (SQLException e) {
                throw new IllegalStateException("The import failed in the database: " + e.getMessage(), e);
            }
        });
        if (outcome instanceof TemplateFile.UnreadableFile unreadable) {
            throw unreadable;
        }
        var result = (ImportResult) outcome;
        if (result.stored()) {
            pendingIndexes.buildSoon();
        }
        progress.update("DONE", result.report().rows());
        return result;
    }

    private ImportResult stageCheckAndMove(Path file, String name, boolean dryRun, RegistrationRules rules,
            ImportProgress progress) throws SQLException, TemplateFile.UnreadableFile {
        List<ImportFinding> errors = new ArrayList<>();
        List<ImportFinding> warnings = new ArrayList<>();
        // the checks and the move sort and hash the whole file: give them memory rather than temporary files
        jdbc.sql("SET LOCAL work_mem = '128MB'").update();
        var checks = new FileChecks(rules.today(), MAX_FINDINGS);
        if (!dryRun) {
            // imports that store run one at a time, so that what one decides from the registry (empty, so a
            // first load; doubled, so a bulk load) still holds when it stores; taken before reading any table
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('safepassage.registry.import'))").query(rs -> { });
            if (registryEmpty()) {
                return firstLoad(file, name, rules, checks, errors, warnings, progress);
            }
        }
        jdbc.sql("""
                CREATE TEMP TABLE registry_staging (
                    row_no int, household_ref text, shelter_block text,
                    -- as in individual, written by person()
                    id uuid, individual_ref text, household_id uuid, relationship text, given_name text,
                    father_name text, family_name text, given_name_ar text, father_name_ar text,
                    family_name_ar text, sex text, birth_date date, birth_year_only boolean, origin_pcode text,
                    arrival_date date, phone text, specific_needs text[], search_keys text[]
                ) ON COMMIT DROP
                """).update();
        var sink = new CheckedRows(rules, checks, errors, warnings, progress, ImportEngine::stage);
        copy("COPY registry_staging FROM STDIN (FORMAT binary)", file, sink);
        int rows = sink.rows;
        if (!sink.headerOk) {
            return ImportResult.notStored(new ImportReport(name, rows, 0, errors, warnings));
        }
        progress.update("CHECKING", rows);
        // the checks and the move read the whole staged file: hashing and sorting it costs less than indexing
        // it first
        jdbc.sql("ANALYZE registry_staging").update();
        var registered = new StagedChecks(jdbc, MAX_FINDINGS);
        registered.run(errors);
        checks.finish(registered.keptHeads(), errors);
        if (!errors.isEmpty() || dryRun) {
            return ImportResult.notStored(new ImportReport(name, rows, 0, capped(errors), warnings));
        }
        progress.update("STORING", rows);
        int[] counts = new StagedMove(jdbc, changeLog.now(), changeLog.actorName(), "import " + name)
                .run(() -> progress.update("INDEXING", rows));
        return stored(name, rows, counts, warnings);
    }

    /**
     * The first load into an empty registry: nothing to update and nothing to compare with, so each row goes
     * straight into {@code individual} as it is checked and the households follow from the file, without a
     * staging table in between. The first error ends the COPY (the rest of the file is still checked for the
     * report); the transaction then stores nothing.
     */
    private ImportResult firstLoad(Path file, String name, RegistrationRules rules, FileChecks checks,
            List<ImportFinding> errors, List<ImportFinding> warnings, ImportProgress progress)
            throws SQLException, TemplateFile.UnreadableFile {
        jdbc.sql("SET LOCAL registry.heads_checked = 'on'").update();
        jdbc.sql("SET LOCAL maintenance_work_mem = '256MB'").update();
        var bulk = BulkLoad.start(jdbc);
        Instant registeredAt = changeLog.now().toInstant();
        String via = "import " + name;
        var sink = new CheckedRows(rules, checks, errors, warnings, progress,
                (copy, row, household) -> errors.isEmpty()
                        && registerDirectly(copy, row, household, registeredAt, via));
        copy("""
                COPY individual (id, ref, household_id, relationship, given_name, father_name, family_name,
                    given_name_ar, father_name_ar, family_name_ar, sex, birth_date, birth_year_only, origin_pcode,
                    arrival_date, phone, specific_needs, search_keys, registered_at, registered_via)
                FROM STDIN (FORMAT binary)""", file, sink);
        int rows = sink.rows;
        if (!sink.headerOk) {
            return ImportResult.notStored(new ImportReport(name, rows, 0, errors, warnings));
        }
        progress.update("CHECKING", rows);
        checks.finish(Map.of(), errors);
        if (!errors.isEmpty()) {
            return ImportResult.notStored(new ImportReport(name, rows, 0, capped(errors), warnings));
        }
        progress.update("STORING", rows);
        var households = checks.households();
        try (var copy = new StagingCopy(copyIn(
                "COPY household (id, ref, shelter_block, registered_at) FROM STDIN (FORMAT binary)"))) {
            for (var household : households) {
                copy.row(4).uuid(household.id).text(household.ref).text(household.block()).timestamp(registeredAt);
                copy.endRow();
            }
            copy.finish();
        }
        progress.update("INDEXING", rows);
        bulk.finish();
        return stored(name, rows, new int[] {households.size(), 0, rows, 0}, warnings);
    }

    private boolean registryEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM household) AND NOT EXISTS (SELECT 1 FROM individual)")
                .query(Boolean.class).single();
    }

    private org.postgresql.copy.CopyIn copyIn(String sql) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    }

    /** Reads the file on a second thread and COPYs the rows that {@code sink} stores. */
    private void copy(String sql, Path file, CheckedRows sink) throws SQLException, TemplateFile.UnreadableFile {
        try (var copy = new StagingCopy(copyIn(sql))) {
            sink.copy = copy;
            ReadAhead.read(file, sink);
            if (sink.storing) {
                copy.finish();
            }
        } catch (SqlFailure e) {
            throw e.cause;
        }
    }

    private ImportResult stored(String name, int rows, int[] counts, List<ImportFinding> warnings) {
        int imported = counts[2] + counts[3];
        audit.record("REGISTRY_IMPORTED", "import", null, "file=" + name + " rows=" + rows
                + " households_added=" + counts[0] + " households_changed=" + counts[1]
                + " individuals_added=" + counts[2] + " individuals_changed=" + counts[3]);
        events.publishEvent(new RegistryImported(name, counts[0] + counts[1], imported));
        return new ImportResult(new ImportReport(name, rows, imported, List.of(), warnings), true, counts[0],
                counts[1], counts[2], counts[3], rows - imported);
    }

    private static List<ImportFinding> capped(List<ImportFinding> errors) {
        errors.sort(java.util.Comparator.comparingInt(ImportFinding::row));
        return errors.size() > MAX_FINDINGS ? errors.subList(0, MAX_FINDINGS) : errors;
    }

    /** A row of the staging table: every row, valid or not, for the checks against the registry. */
    private static boolean stage(StagingCopy copy, TemplateRow r, FileChecks.Household household)
            throws SQLException {
        copy.row(3 + PERSON_COLUMNS).integer(r.row).text(r.householdRef).text(r.shelterBlock);
        person(copy, r, household == null ? null : household.id);
        copy.endRow();
        return true;
    }

    /** A row of {@code individual}; a file with an error stores nothing, so its COPY ends at the first one. */
    private static boolean registerDirectly(StagingCopy copy, TemplateRow r, FileChecks.Household household,
            Instant at, String via) throws SQLException {
        copy.row(PERSON_COLUMNS + 2);
        person(copy, r, household.id);
        copy.timestamp(at).text(via);
        copy.endRow();
        return true;
    }

    /** The values {@link #person} writes. */
    private static final int PERSON_COLUMNS = 18;

    /**
     * A person as the staging table and {@code individual} both hold it: id, ref, household id, relationship,
     * the six names, sex, birth date (and whether only its year is known), origin, arrival, phone, needs and
     * search keys. A value that failed its check is written empty.
     */
    private static void person(StagingCopy copy, TemplateRow r, java.util.UUID householdId) {
        var n = r.name;
        copy.uuid(Ids.newId()).text(r.individualRef).uuid(householdId).text(r.relationship)
                .text(n.given()).text(n.father()).text(n.family()).text(n.givenAr())
                .text(n.fatherAr()).text(n.familyAr()).text(r.sex)
                .date(r.birthDate == null ? null : r.birthDate.date())
                .bool(r.birthDate == null ? null : r.birthDate.yearOnly())
                .text(r.originPcode).date(r.arrivalDate).text(r.phone).array(r.needs)
                .array(SearchKeys.of(n, r.individualRef, r.householdRef, r.phone, r.shelterBlock));
    }

    private static final class SqlFailure extends RuntimeException {
        final SQLException cause;

        SqlFailure(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** Where a checked row goes; false when it cannot go anywhere (no more rows are stored then). */
    @FunctionalInterface
    private interface Store {
        boolean row(StagingCopy copy, TemplateRow row, FileChecks.Household household) throws SQLException;
    }

    /** Checks each row as it is read, follows it in the checks across rows and stores it while it can. */
    private static final class CheckedRows implements TemplateFile.Rows {
        private final RegistrationRules rules;
        private final FileChecks checks;
        private final List<ImportFinding> errors;
        private final List<ImportFinding> warnings;
        private final ImportProgress progress;
        private final Store store;
        StagingCopy copy;
        int[] positions;
        boolean headerOk;
        boolean storing = true;
        int rows;

        CheckedRows(RegistrationRules rules, FileChecks checks, List<ImportFinding> errors,
                List<ImportFinding> warnings, ImportProgress progress, Store store) {
            this.rules = rules;
            this.checks = checks;
            this.errors = errors;
            this.warnings = warnings;
            this.progress = progress;
            this.store = store;
        }

        @Override
        public void header(List<String> names) {
            var problems = TemplateRow.checkHeader(names);
            errors.addAll(problems);
            headerOk = problems.isEmpty();
            positions = TemplateRow.positions(names);
        }

        @Override
        public void row(int rowNumber, String[] cells) {
            if (!headerOk) {
                rows++;
                return;
            }
            String[] ordered = new String[positions.length];
            for (int i = 0; i < positions.length; i++) {
                ordered[i] = positions[i] < cells.length ? cells[positions[i]] : null;
            }
            if (cells.length > positions.length && !allBlank(cells, positions.length)) {
                errors.add(new ImportFinding(rowNumber, null, null, "extra-cells",
                        "This row has " + cells.length + " cells; the header has " + positions.length + "."));
            }
            TemplateRow row = errors.size() >= MAX_FINDINGS * 2 ? null
                    : TemplateRow.check(rowNumber, ordered, rules, errors);
            if (row == null) {
                return;
            }
            rows++;
            var household = checks.add(row, errors, warnings);
            if (storing) {
                try {
                    storing = store.row(copy, row, household);
                    if (!storing) {
                        copy.close();
                    }
                } catch (SQLException e) {
                    throw new SqlFailure(e);
                }
            }
            if (rows % PROGRESS_EVERY == 0) {
                progress.update("READING", rows);
            }
        }

        private static boolean allBlank(String[] cells, int from) {
            for (int i = from; i < cells.length; i++) {
                if (cells[i] != null && !cells[i].isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

}
