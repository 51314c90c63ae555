package org.safepassage.registry;

/**
 * What an import did: its report, and (when stored) how many households and individuals it added, changed
 * or found unchanged. A rejected or dry-run import stores nothing.
 */
public record ImportResult(ImportReport report, boolean stored, int householdsAdded, int householdsChanged,
        int individualsAdded, int individualsChanged, int individualsUnchanged) {

    public static ImportResult notStored(ImportReport report) {
        return new ImportResult(report, false, 0, 0, 0, 0, 0);
    }
}
