package org.safepassage.registry;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safepassage.registry.internal.matching.Evidence;
import org.safepassage.registry.internal.matching.Linkage;
import org.safepassage.registry.internal.matching.Scale;
import org.safepassage.registry.internal.template.TemplateRows;
import org.safepassage.registry.internal.template.TemplateRow;

/**
 * Finds people registered twice in a file of the import template, from names in either script, dates of
 * birth, sex, origin, phone and household alone. Each pair found is a {@link Decision#MATCH} (the same person,
 * as sure as names and dates can make it) or a {@link Decision#REVIEW} (a clerk should look), with a score
 * between 0 and 1 and the reasons in words (English and Arabic).
 */
public final class Deduplication {

    private Deduplication() {
    }

    public enum Decision { MATCH, REVIEW }

    /**
     * One reason behind a pair's score: a message of the registry bundle ({@code dedup.reason.*}) and its
     * number where it has one (how many years apart).
     */
    public record Reason(String messageKey, int number) {
    }

    /** Two refs (the smaller first) that may be one person. */
    public record Pair(String refA, String refB, double score, Decision decision, List<Reason> reasons) {

        public Pair {
            reasons = List.copyOf(reasons);
        }

        /** The reasons as a clerk reads them, in English or Arabic: “same father's name, birth year differs by one”. */
        public String explanation(Locale locale) {
            return explain(reasons, locale);
        }
    }

    /** Pairs found among {@code records} people after comparing {@code pairsCompared} pairs. */
    public record Result(int records, long pairsCompared, double seconds, List<Pair> pairs) {

        public Result {
            pairs = List.copyOf(pairs);
        }

        public long count(Decision decision) {
            return pairs.stream().filter(pair -> pair.decision() == decision).count();
        }
    }

    /** Precision, recall and F1 of the pairs found with one decision or better, against a ground truth. */
    public record Quality(int found, int correct, double precision, double recall, double f1) {

        static Quality of(int found, int correct, int truth) {
            double precision = found == 0 ? 0 : correct / (double) found;
            double recall = truth == 0 ? 0 : correct / (double) truth;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new Quality(found, correct, precision, recall, f1);
        }
    }

    /** How deduplication did on a synthetic camp whose duplicates are known. */
    public record Evaluation(Result result, int duplicatePairs, Quality match, Quality review) {
    }

    /** The likely duplicates in a template file (CSV, UTF-8, with its header row). */
    public static Result find(Path templateFile) throws IOException {
        return find(TemplateRows.read(templateFile));
    }

    static Result find(List<TemplateRow> rows) {
        long start = System.nanoTime();
        Linkage linkage = Linkage.of(rows);
        var scale = new Scale(linkage.people());
        Linkage.Result found = linkage.link(scale.reviewBits());
        List<Pair> pairs = new ArrayList<>(found.links().size());
        for (Linkage.Link link : found.links()) {
            double score = scale.score(link.weight());
            List<Reason> reasons = reasons(linkage.explain(link.a(), link.b()));
            pairs.add(new Pair(linkage.ref(link.a()), linkage.ref(link.b()), Math.round(score * 10_000) / 10_000.0,
                    Scale.isMatch(score) ? Decision.MATCH : Decision.REVIEW, reasons));
        }
        return new Result(rows.size(), found.pairsCompared(), (System.nanoTime() - start) / 1e9, pairs);
    }

    /** Runs deduplication on a generated camp and measures it against the camp's known duplicates. */
    public static Evaluation evaluate(DemoCamp camp) {
        Result result = find(camp.rows());
        Set<String> truth = camp.duplicates().stream().map(p -> p.refA() + "," + p.refB()).collect(Collectors.toSet());
        int matches = 0;
        int correctMatches = 0;
        int correct = 0;
        for (Pair pair : result.pairs()) {
            boolean isDuplicate = truth.contains(pair.refA() + "," + pair.refB());
            correct += isDuplicate ? 1 : 0;
            if (pair.decision() == Decision.MATCH) {
                matches++;
                correctMatches += isDuplicate ? 1 : 0;
            }
        }
        return new Evaluation(result, truth.size(), Quality.of(matches, correctMatches, truth.size()),
                Quality.of(result.pairs().size(), correct, truth.size()));
    }

    /** Writes {@code individual_ref_a,individual_ref_b,score,decision}, one line per pair. */
    public static void writePairs(Result result, Path file) throws IOException {
        write(file, List.of("individual_ref_a", "individual_ref_b", "score", "decision"), result, pair -> List.of());
    }

    /** Writes the pairs with their reasons in English and in Arabic, for people to read. */
    public static void writeExplanations(Result result, Path file) throws IOException {
        write(file, List.of("individual_ref_a", "individual_ref_b", "score", "decision", "explanation_en",
                "explanation_ar"), result, pair -> List.of(pair.explanation(Locale.ENGLISH),
                pair.explanation(Locale.forLanguageTag("ar"))));
    }

    private static void write(Path file, List<String> header, Result result,
            java.util.function.Function<Pair, List<String>> extra) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (Pair pair : result.pairs()) {
                List<String> cells = new ArrayList<>(List.of(pair.refA(), pair.refB(),
                        String.format(Locale.ROOT, "%.4f", pair.score()), pair.decision().name()));
                cells.addAll(extra.apply(pair));
                printer.printRecord(cells);
            }
        }
    }

    /** Reasons in words, in English or Arabic, joined as a clerk reads them. */
    public static String explain(List<Reason> reasons, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/registry", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Set<String> said = new HashSet<>();
        List<String> texts = new ArrayList<>();
        for (Reason reason : reasons) {
            if (said.add(reason.messageKey() + reason.number())) {
                String text = bundle.getString(reason.messageKey());
                texts.add(text.contains("{0") ? new MessageFormat(text, locale).format(new Object[] {reason.number()})
                        : text);
            }
        }
        return String.join(bundle.getString("dedup.reason.separator"), texts);
    }

    /** The findings a clerk is told of, as reasons. */
    public static List<Reason> reasons(List<Evidence.Finding> findings) {
        return findings.stream().filter(finding -> finding.evidence().told())
                .map(finding -> new Reason(finding.evidence().messageKey(), finding.number())).toList();
    }

    /** The evidence names, for the tests that check each has its words in both languages. */
    static List<String> messageKeys() {
        return java.util.Arrays.stream(Evidence.values()).filter(Evidence::told).map(Evidence::messageKey).toList();
    }
}
