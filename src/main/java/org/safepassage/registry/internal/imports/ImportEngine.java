package org.safepassage.registry.internal.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
 * Imports a file in the template, all or nothing, in one transaction: each row is checked as it is read and
 * streamed with COPY into a temporary staging table; the rules across rows run in SQL; with any error (or a
 * dry run) the transaction is rolled back, else the staged rows are moved into the registry, audited once
 * and announced with one {@link RegistryImported} event.
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
        jdbc.sql("""
                CREATE TEMP TABLE registry_staging (
                    row_no int, id uuid, household_id uuid, household_ref text, individual_ref text, relationship text, given_name text,
                    father_name text, family_name text, given_name_ar text, father_name_ar text,
                    family_name_ar text, sex text, birth_date date, birth_year_only boolean, origin_pcode text,
                    arrival_date date, shelter_block text, phone text, specific_needs text[], search_keys text[]
                ) ON COMMIT DROP
                """).update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        var copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        var sink = new StagingRows(rules, errors, progress);
        try (var copy = new StagingCopy(copyManager.copyIn("COPY registry_staging FROM STDIN (FORMAT binary)"))) {
            sink.copy = copy;
            ReadAhead.read(file, sink);
            copy.finish();
        } catch (SqlFailure e) {
            throw e.cause;
        }
        int rows = sink.rows;
        if (!sink.headerOk) {
            return ImportResult.notStored(new ImportReport(name, rows, 0, errors, warnings));
        }
        progress.update("CHECKING", rows);
        // the checks and the move read the whole staged file: hashing and sorting it costs less than indexing
        // it first
        jdbc.sql("ANALYZE registry_staging").update();
        new StagedChecks(jdbc, MAX_FINDINGS).run(errors, warnings, rules.today());
        errors.sort(java.util.Comparator.comparingInt(ImportFinding::row));
        var capped = errors.size() > MAX_FINDINGS ? errors.subList(0, MAX_FINDINGS) : errors;
        if (!errors.isEmpty() || dryRun) {
            return ImportResult.notStored(new ImportReport(name, rows, 0, capped, warnings));
        }
        progress.update("STORING", rows);
        int[] counts = new StagedMove(jdbc, changeLog.now(), changeLog.actorName(), "import " + name)
                .run(() -> progress.update("INDEXING", rows));
        int imported = counts[2] + counts[3];
        audit.record("REGISTRY_IMPORTED", "import", null, "file=" + name + " rows=" + rows
                + " households_added=" + counts[0] + " households_changed=" + counts[1]
                + " individuals_added=" + counts[2] + " individuals_changed=" + counts[3]);
        events.publishEvent(new RegistryImported(name, counts[0] + counts[1], imported));
        return new ImportResult(new ImportReport(name, rows, imported, List.of(), warnings), true, counts[0],
                counts[1], counts[2], counts[3], rows - imported);
    }

    private static final class SqlFailure extends RuntimeException {
        final SQLException cause;

        SqlFailure(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /** Checks each row as it is read and streams it into the staging table. */
    private static final class StagingRows implements TemplateFile.Rows {
        /** The columns of registry_staging, in order. */
        private static final int STAGED_COLUMNS = 21;
        private final RegistrationRules rules;
        private final List<ImportFinding> errors;
        private final ImportProgress progress;
        StagingCopy copy;
        final java.util.Map<String, java.util.UUID> householdIds = new java.util.HashMap<>();
        int[] positions;
        boolean headerOk;
        int rows;

        StagingRows(RegistrationRules rules, List<ImportFinding> errors, ImportProgress progress) {
            this.rules = rules;
            this.errors = errors;
            this.progress = progress;
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
            int before = errors.size();
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
            stage(row);
            if (rows % PROGRESS_EVERY == 0) {
                progress.update("READING", rows);
            }
        }

        private void stage(TemplateRow r) {
            try {
                var n = r.name;
                copy.row(STAGED_COLUMNS).integer(r.row).uuid(Ids.newId())
                        .uuid(householdIds.computeIfAbsent(r.householdRef, ref -> Ids.newId()))
                        .text(r.householdRef).text(r.individualRef).text(r.relationship)
                        .text(n.given()).text(n.father()).text(n.family()).text(n.givenAr())
                        .text(n.fatherAr()).text(n.familyAr()).text(r.sex)
                        .date(r.birthDate == null ? null : r.birthDate.date())
                        .bool(r.birthDate == null ? null : r.birthDate.yearOnly())
                        .text(r.originPcode).date(r.arrivalDate).text(r.shelterBlock).text(r.phone)
                        .array(r.needs)
                        .array(SearchKeys.of(n, r.individualRef, r.householdRef, r.phone, r.shelterBlock));
                copy.endRow();
            } catch (SQLException e) {
                throw new SqlFailure(e);
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
