package org.safepassage.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.safepassage.registry.Deduplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Find people registered twice in a template file (CSV or XLSX). Writes "
                + "individual_ref_a,individual_ref_b,score,decision (MATCH or REVIEW), one line per pair.")
class DedupCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "A file in the import template.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "PAIRS.csv", description = "Where to write the pairs.")
    Path out;

    @Option(names = "--explain", paramLabel = "FILE",
            description = "Also write each pair's reasons in English and Arabic, for people to read.")
    Path explain;

    @Override
    public Integer call() {
        try {
            Deduplication.Result result = Deduplication.find(input);
            Deduplication.writePairs(result, out);
            if (explain != null) {
                Deduplication.writeExplanations(result, explain);
            }
            System.out.printf("%d records, %d pairs compared: %d MATCH, %d REVIEW in %.1f s. Written to %s%n",
                    result.records(), result.pairsCompared(), result.count(Deduplication.Decision.MATCH),
                    result.count(Deduplication.Decision.REVIEW), result.seconds(), out);
            return 0;
        } catch (IOException e) {
            System.err.println("dedup: " + input + ": " + e.getMessage());
            return 1;
        }
    }
}
