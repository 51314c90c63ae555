package org.safepassage.registry.internal.imports;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes a bulk load took off and left to be built after it committed: the inverted indexes (GIN) of the
 * search and of specific needs, which take PostgreSQL many times longer to build than the rows take to
 * store. Until one is built its queries read the whole table: they answer the same, only slower.
 *
 * <p>The load writes each definition into {@code registry_pending_index} in its own transaction, so a
 * rollback forgets it and a crash cannot: each index is then built with its row deleted in one transaction,
 * after the load (by the process that made it) and whenever the application starts.
 */
@Component
public class PendingIndexes {

    private static final Logger log = LoggerFactory.getLogger(PendingIndexes.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "registry-indexes");
        thread.setDaemon(true);
        return thread;
    });

    PendingIndexes(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Leaves an index to be built once the current transaction has committed. */
    static void defer(JdbcClient jdbc, String name, String definition) {
        jdbc.sql("""
                INSERT INTO registry_pending_index (name, definition) VALUES (:name, :definition)
                ON CONFLICT (name) DO UPDATE SET definition = EXCLUDED.definition
                """).param("name", name).param("definition", definition).update();
    }

    /** Starts building every pending index in the background; the future completes when none is left. */
    public CompletableFuture<Void> buildSoon() {
        return CompletableFuture.runAsync(this::buildAll, builder);
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildLeftOvers() {
        buildSoon();
    }

    /** @return whether an index of the registry is still to be built */
    public boolean pending() {
        return jdbc.sql("SELECT count(*) FROM registry_pending_index").query(Long.class).single() > 0;
    }

    private void buildAll() {
        List<String> names = jdbc.sql("SELECT name FROM registry_pending_index ORDER BY name")
                .query(String.class).list();
        for (String name : names) {
            try {
                long start = System.nanoTime();
                Boolean built = transactions.execute(status -> build(name));
                if (Boolean.TRUE.equals(built)) {
                    log.info("Built index {} of the registry in {} ms", name, (System.nanoTime() - start) / 1_000_000);
                }
            } catch (RuntimeException e) {
                log.error("Could not build index {} of the registry; it stays pending", name, e);
            }
        }
    }

    /**
     * Builds one index and forgets its row, together. Another process building it at the same time holds the
     * row: this one skips it. A plain (not concurrent) build blocks writes to the table meanwhile but leaves
     * nothing half-built behind a crash.
     */
    private boolean build(String name) {
        var definition = jdbc.sql("""
                SELECT definition FROM registry_pending_index WHERE name = :name FOR UPDATE SKIP LOCKED
                """).param("name", name).query(String.class).optional();
        if (definition.isEmpty()) {
            return false;
        }
        boolean exists = jdbc.sql("SELECT to_regclass(:name) IS NOT NULL").param("name", name)
                .query(Boolean.class).single();
        if (!exists) {
            jdbc.sql(definition.get()).update();
        }
        jdbc.sql("DELETE FROM registry_pending_index WHERE name = :name").param("name", name).update();
        return !exists;
    }
}
