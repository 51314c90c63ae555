package org.safepassage.registry.internal.template;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The import template as CSV (UTF-8, header row, LF or CRLF, with or without a byte-order mark), written by
 * the demo camp and read by deduplication. Reading only looks up columns by name: the full validation with a
 * row-and-column report belongs to the import.
 */
public final class TemplateCsv {

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private TemplateCsv() {
    }

    public static void write(Path file, List<TemplateRow> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, rows);
        }
    }

    public static void write(Writer out, List<TemplateRow> rows) throws IOException {
        try (var printer = new CSVPrinter(out instanceof BufferedWriter ? out : new BufferedWriter(out), WRITE)) {
            printer.printRecord(TemplateRow.COLUMNS);
            for (TemplateRow row : rows) {
                printer.printRecord(row.cells());
            }
        }
    }

    public static List<TemplateRow> read(Path file) throws IOException {
        List<TemplateRow> rows = new ArrayList<>();
        read(file, rows::add);
        return rows;
    }

    /** Reads every row of a template file, refusing a file whose header lacks a template column. */
    public static void read(Path file, Consumer<TemplateRow> rows) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read(in, rows);
        }
    }

    public static void read(Reader in, Consumer<TemplateRow> rows) throws IOException {
        var reader = in.markSupported() ? in : new BufferedReader(in);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        try (var parser = READ.parse(reader)) {
            Map<String, Integer> positions = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> positions.put(name.strip().toLowerCase(Locale.ROOT), index));
            List<String> missing = TemplateRow.COLUMNS.stream().filter(c -> !positions.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new IOException("not the import template: missing column(s) " + String.join(", ", missing));
            }
            int[] order = TemplateRow.COLUMNS.stream().mapToInt(positions::get).toArray();
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(order.length);
                for (int index : order) {
                    cells.add(index < record.size() ? record.get(index) : "");
                }
                rows.accept(TemplateRow.of(cells));
            }
        }
    }
}
