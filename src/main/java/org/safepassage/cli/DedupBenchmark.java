package org.safepassage.cli;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import org.safepassage.registry.Deduplication;
import org.safepassage.registry.DemoCamp;

/**
 * {@code bench dedup}: a synthetic camp whose second registrations are known, deduplicated; how long it took,
 * how many pairs were compared, and precision, recall and F1 at the MATCH decision (and at REVIEW).
 */
final class DedupBenchmark implements Benchmark {

    @Override
    public String name() {
        return "dedup";
    }

    @Override
    public String description() {
        return "Deduplication of a synthetic camp with known duplicates (--size N people, --seed S)";
    }

    @Override
    public Map<String, Object> run(BenchCommand options) {
        int people = options.sizeOr(DemoCamp.DEFAULT_PEOPLE);
        long start = System.nanoTime();
        DemoCamp camp = DemoCamp.generate(people, options.seed);
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        long cpuBefore = processCpuNanos();
        Deduplication.Evaluation evaluation = Deduplication.evaluate(camp);
        long cpu = processCpuNanos() - cpuBefore;
        Deduplication.Result result = evaluation.result();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("seed", options.seed);
        figures.put("records", result.records());
        figures.put("duplicatePairs", evaluation.duplicatePairs());
        figures.put("seconds", round(result.seconds()));
        figures.put("cpuSeconds", cpu < 0 ? null : round(cpu / 1e9));
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("pairsCompared", result.pairsCompared());
        figures.put("precision", round(evaluation.match().precision()));
        figures.put("recall", round(evaluation.match().recall()));
        figures.put("f1", round(evaluation.match().f1()));
        figures.put("match", quality(evaluation.match()));
        figures.put("review", quality(evaluation.review()));
        figures.put("generateSeconds", round(generateSeconds));
        return figures;
    }

    private static Map<String, Object> quality(Deduplication.Quality quality) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pairs", quality.found());
        figures.put("correct", quality.correct());
        figures.put("precision", round(quality.precision()));
        figures.put("recall", round(quality.recall()));
        figures.put("f1", round(quality.f1()));
        return figures;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
