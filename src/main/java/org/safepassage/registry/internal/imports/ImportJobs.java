package org.safepassage.registry.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.safepassage.registry.ImportJob;
import org.safepassage.registry.ImportReport;
import org.safepassage.registry.ImportResult;
import org.safepassage.security.CurrentActor;
import org.safepassage.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports started from the upload page run one at a time in the background, as the person who started them.
 * Progress and report are kept in registry_import_job (written in their own transactions so that the page
 * polling for them sees them while the import's own transaction is still open).
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportEngine engine;
    private final JdbcClient jdbc;
    private final TransactionTemplate separate;
    private final CurrentActor actor;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "registry-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(ImportEngine engine, JdbcClient jdbc, PlatformTransactionManager transactions, CurrentActor actor,
            Clock clock) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.actor = actor;
        this.clock = clock;
    }

    /** Saves the upload to a temporary file and starts importing it; returns the job's id at once. */
    public UUID start(InputStream upload, String fileName, boolean dryRun) throws IOException {
        UUID id = Ids.newId(clock);
        Path dir = Files.createTempDirectory("safepassage-upload-");
        Path file = dir.resolve("upload");
        Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        long lines = countLines(file);
        jdbc.sql("""
                INSERT INTO registry_import_job (id, file_name, started_by, started_at, dry_run, phase, rows_total)
                VALUES (:id, :name, :by, :at, :dry, 'WAITING', :total)
                """).param("id", id).param("name", fileName).param("by", actor.get().name())
                .param("at", Timestamp.from(clock.instant())).param("dry", dryRun).param("total", lines).update();
        worker.submit(new DelegatingSecurityContextRunnable(() -> run(id, file, fileName, dryRun)));
        return id;
    }

    private void run(UUID id, Path file, String fileName, boolean dryRun) {
        try {
            ImportResult result = engine.importFile(file, fileName, dryRun, (phase, rows) -> progress(id, phase, rows));
            String summary = result.stored()
                    ? "households+" + result.householdsAdded() + " ~" + result.householdsChanged() + " individuals+"
                            + result.individualsAdded() + " ~" + result.individualsChanged() + " ="
                            + result.individualsUnchanged()
                    : null;
            finish(id, result.stored(), summary, result.report());
        } catch (TemplateFile.UnreadableFile e) {
            finish(id, false, e.getMessage(), null);
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", id, fileName, e);
            finish(id, false, "The import failed on the server; the error was logged.", null);
        } finally {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.getParent());
            } catch (IOException e) {
                log.warn("Could not remove the uploaded file {}", file);
            }
        }
    }

    private void progress(UUID id, String phase, long rows) {
        separate.executeWithoutResult(status -> jdbc.sql(
                        "UPDATE registry_import_job SET phase = :phase, rows_read = :rows WHERE id = :id")
                .param("phase", phase).param("rows", rows).param("id", id).update());
    }

    private void finish(UUID id, boolean stored, String summary, ImportReport report) {
        separate.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE registry_import_job SET phase = 'DONE', finished_at = :at, stored = :stored,
                               summary = :summary, report = CAST(:report AS jsonb) WHERE id = :id
                        """).param("at", Timestamp.from(clock.instant())).param("stored", stored)
                .param("summary", summary).param("report", report == null ? null : json.writeValueAsString(report))
                .param("id", id).update());
    }

    public Optional<ImportJob> job(UUID id) {
        return jdbc.sql("SELECT * FROM registry_import_job WHERE id = :id").param("id", id)
                .query((rs, n) -> job(rs)).optional();
    }

    public List<ImportJob> recent(int limit) {
        return jdbc.sql("SELECT * FROM registry_import_job ORDER BY started_at DESC LIMIT :limit")
                .param("limit", limit).query((rs, n) -> job(rs)).list();
    }

    private ImportJob job(java.sql.ResultSet rs) throws java.sql.SQLException {
        String report = rs.getString("report");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(), rs.getBoolean("dry_run"), rs.getString("phase"),
                rs.getLong("rows_read"), (Long) rs.getObject("rows_total"),
                finished == null ? null : finished.toInstant(), (Boolean) rs.getObject("stored"),
                rs.getString("summary"), report == null ? null : json.readValue(report, ImportReport.class));
    }

    private static long countLines(Path file) throws IOException {
        if (TemplateFile.isXlsx(file)) {
            return 0;
        }
        long lines = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return Math.max(0, lines - 1);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
