package org.safepassage.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.safepassage.SafePassageApplication;
import org.safepassage.cli.SafePassageCli;
import org.safepassage.shared.database.EmbeddedDatabase;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

@SafePassageTest
class AuditChainTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void entriesWrittenInATransactionCommitWithItAndChain() {
        long before = count();
        transactions.executeWithoutResult(status -> {
            audit.record("TEST_CHANGE", "thing", "t-1", "a");
            audit.record("TEST_CHANGE", "thing", "t-2", "b");
        });
        transactions.executeWithoutResult(status -> {
            audit.record("TEST_CHANGE", "thing", "t-3", "rolled back");
            status.setRollbackOnly();
        });
        assertThat(count()).isEqualTo(before + 2);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theApplicationCannotUpdateOrDeleteEntries() {
        audit.record("TEST_CHANGE", "thing", "t-4", null);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET actor = 'someone else'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD) // the chain stays broken
    void auditVerifyReportsExactlyTheEntryTamperedWith() throws Exception {
        for (int i = 0; i < 5; i++) {
            audit.record("TEST_READ", "person", "p-" + i, null);
        }
        long victim = jdbc.sql("SELECT max(id) - 2 FROM audit_log").query(Long.class).single();
        assertThat(runAuditVerify().exitCode).isZero();

        // someone with superuser access to the database bypasses the triggers and edits one entry
        try (var connection = java.sql.DriverManager.getConnection(database.jdbcUrl(), database.user(), null);
                var statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute("UPDATE audit_log SET actor = 'nobody' WHERE id = " + victim);
        }

        var result = runAuditVerify();
        assertThat(result.exitCode).isEqualTo(3);
        assertThat(result.output).contains("BROKEN at entry " + victim + " ").contains("altered");
        assertThat(audit.verify().firstBroken().id()).isEqualTo(victim);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs the real command line against this test's database, as an operator would. */
    private Run runAuditVerify() {
        var captured = new ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = SafePassageCli.run(SafePassageApplication.class, "audit-verify", "--db-url", database.jdbcUrl() + "?user=postgres");
            var output = captured.toString(StandardCharsets.UTF_8);
            original.print(output);
            return new Run(exit, output);
        } finally {
            System.setOut(original);
        }
    }
}
