package org.safepassage.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. With {@code url} set (SAFEPASSAGE_DB_URL) an external PostgreSQL is used and
 * nothing is started; otherwise an embedded PostgreSQL keeps its files under {@code dataDir}.
 *
 * @param ephemeral start the embedded database in a fresh temporary directory, deleted on close (tests)
 */
@ConfigurationProperties("safepassage")
public record DatabaseProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Db db) {

    public record Db(String url, String user, String password, @DefaultValue("false") boolean ephemeral,
            @DefaultValue("10") int poolSize) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
