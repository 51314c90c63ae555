package org.safepassage.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts: where the embedded database lives, or which external one to use. */
class GlobalOptions {

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Directory of the embedded database (default: ./data).")
    Path dataDir;

    @Option(names = "--db-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "JDBC URL of an external PostgreSQL; no embedded database is started "
                    + "(user and password from SAFEPASSAGE_DB_USER / SAFEPASSAGE_DB_PASSWORD).")
    String dbUrl;

    Map<String, Object> springProperties() {
        Map<String, Object> properties = new HashMap<>();
        if (dataDir != null) {
            properties.put("safepassage.data-dir", dataDir.toAbsolutePath().toString());
        }
        if (dbUrl != null) {
            properties.put("safepassage.db.url", dbUrl);
        }
        return properties;
    }
}
