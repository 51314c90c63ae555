package org.safepassage.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * An import started from the upload page, running in the background: its phase and rows read while it runs,
 * then whether it was stored, a summary and its report.
 */
public record ImportJob(UUID id, String fileName, String startedBy, Instant startedAt, boolean dryRun, String phase,
        long rowsRead, Long rowsTotal, Instant finishedAt, Boolean stored, String summary, ImportReport report) {

    public boolean finished() {
        return finishedAt != null;
    }

    /** Percentage for a progress bar: reading is most of the work; checking and storing make up the rest. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        long total = rowsTotal == null || rowsTotal <= 0 ? 0 : rowsTotal;
        int reading = total == 0 ? 0 : (int) Math.min(70, rowsRead * 70 / total);
        return switch (phase) {
            case "CHECKING" -> 75;
            case "STORING" -> 85;
            case "INDEXING" -> 92;
            default -> reading;
        };
    }
}
