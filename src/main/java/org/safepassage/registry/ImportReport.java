package org.safepassage.registry;

import java.util.List;

/**
 * The validation report of an import, as written by {@code import --report}: the file, how many rows it
 * has, how many individuals were stored (added or changed), and the errors and warnings found.
 */
public record ImportReport(String file, int rows, int imported, List<ImportFinding> errors,
        List<ImportFinding> warnings) {

    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean rejected() {
        return !errors.isEmpty();
    }
}
