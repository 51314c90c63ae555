package org.safepassage.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.safepassage.registry.ImportFileUnreadable;
import org.safepassage.registry.ImportFinding;
import org.safepassage.registry.ImportResult;
import org.safepassage.registry.RegistryManagement;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Validate and import a CSV (UTF-8) or XLSX file in the registry template, all or nothing.",
                "Refs are natural keys: identical rows change nothing, changed rows update the person (old values "
                        + "kept in history), new refs are added.",
                "Exit 0 imported (or valid with --dry-run), 2 rejected (nothing stored, report written), "
                        + "1 other failure (unreadable file...)."})
class ImportCommand implements Callable<Integer> {

    static final int REJECTED = 2;
    static final int FAILED = 1;
    private static final int SHOWN = 50;

    @ParentCommand
    SafePassageCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import (.csv or .xlsx).")
    Path file;

    @Option(names = "--dry-run", description = "Validate only; store nothing.")
    boolean dryRun;

    @Option(names = "--report", paramLabel = "R.json", description = "Write the validation report as JSON.")
    Path report;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            System.err.println("Cannot read " + file + ": no such file, or not readable.");
            return FAILED;
        }
        try (var context = parent.contexts().startServices()) {
            var registry = context.getBean(RegistryManagement.class);
            var progress = new ProgressLine(System.err);
            ImportResult result;
            try {
                result = registry.importFile(file, file.getFileName().toString(), dryRun, progress);
            } catch (ImportFileUnreadable e) {
                progress.clear();
                System.err.println("Cannot import " + file + ": " + e.getMessage());
                return FAILED;
            }
            if (result.stored()) {
                // the search index of a large load is built after it committed; the next start finds it built
                progress.update("SEARCH-INDEX", result.report().rows());
                registry.awaitIndexes();
            }
            progress.clear();
            if (report != null) {
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                        .writeValue(report.toFile(), result.report());
            }
            print(result, System.out);
            return result.report().rejected() ? REJECTED : 0;
        }
    }

    private void print(ImportResult result, PrintStream out) {
        var r = result.report();
        if (r.rejected()) {
            out.printf("REJECTED %s: %d rows, %d errors, %d warnings. Nothing was stored.%n", r.file(), r.rows(),
                    r.errors().size(), r.warnings().size());
        } else if (!result.stored()) {
            out.printf("VALID %s: %d rows, %d warnings (dry run: nothing stored).%n", r.file(), r.rows(),
                    r.warnings().size());
        } else {
            out.printf("IMPORTED %s: %d rows; households %d added, %d changed; individuals %d added, %d changed, "
                            + "%d unchanged; %d warnings.%n", r.file(), r.rows(), result.householdsAdded(),
                    result.householdsChanged(), result.individualsAdded(), result.individualsChanged(),
                    result.individualsUnchanged(), r.warnings().size());
        }
        list("error", r.errors(), out);
        list("warning", r.warnings(), out);
        if (report != null) {
            out.println("Report written to " + report);
        }
    }

    private static void list(String kind, List<ImportFinding> findings, PrintStream out) {
        findings.stream().limit(SHOWN).forEach(f -> out.printf("  %s row %d, column %s%s: %s%n", kind, f.row(),
                f.column() == null ? "-" : f.column(), f.value() == null ? "" : ", value '" + f.value() + "'",
                f.message()));
        if (findings.size() > SHOWN) {
            out.printf("  ... and %d more %ss (see --report)%n", findings.size() - SHOWN, kind);
        }
    }

    /** One line on the terminal, rewritten as the import goes. */
    static final class ProgressLine implements org.safepassage.registry.ImportProgress {
        private final PrintStream out;
        private final long started = System.nanoTime();
        private boolean shown;

        ProgressLine(PrintStream out) {
            this.out = out;
        }

        @Override
        public void update(String phase, long rows) {
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("\r%-8s %,d rows  %.0f s   ", phase.toLowerCase(), rows, seconds);
            out.flush();
            shown = true;
        }

        void clear() {
            if (shown) {
                out.print("\r" + " ".repeat(40) + "\r");
                out.flush();
            }
        }
    }
}
