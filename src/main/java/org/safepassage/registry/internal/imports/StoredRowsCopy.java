package org.safepassage.registry.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * The floor under any import: how long PostgreSQL takes to load the people the registry holds, exactly as
 * they are stored (ids, typed dates, needs and search keys), with its fastest path (binary COPY) into an
 * empty table without index, key or check. No import that stores those rows can be faster.
 * (The table is made and dropped on the side; no module reads it.)
 */
@Component
public class StoredRowsCopy {

    private final DataSource dataSource;

    StoredRowsCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return seconds to COPY the stored individuals back in, not counting writing them out first */
    public double seconds() throws SQLException, IOException {
        Path spool = Files.createTempFile("safepassage-floor-", ".bin");
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream out = Files.newOutputStream(spool)) {
                copy.copyOut("COPY individual TO STDOUT (FORMAT binary)", out);
            }
            // an ordinary table, written to the WAL like the registry's own and the raw COPY's
            statement.execute("DROP TABLE IF EXISTS registry_floor");
            statement.execute("CREATE TABLE registry_floor (LIKE individual)");
            try {
                long start = System.nanoTime();
                try (InputStream in = Files.newInputStream(spool)) {
                    copy.copyIn("COPY registry_floor FROM STDIN (FORMAT binary)", in);
                }
                return (System.nanoTime() - start) / 1e9;
            } finally {
                statement.execute("DROP TABLE registry_floor");
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
