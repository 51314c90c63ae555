package org.safepassage.registry.internal.template;

import java.io.BufferedWriter;
import java.io.IOException;
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
import org.safepassage.registry.internal.imports.TemplateFile;

/**
 * The import template as text rows: written as CSV by the demo camp, read (CSV or XLSX, through the import's
 * {@link TemplateFile}) by deduplication. Reading only looks up columns by name: the full validation with a
 * row-and-column report belongs to the import.
 */
public final class TemplateRows {

    private static final CSVFormat WRITE = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private TemplateRows() {
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

    /**
     * Reads every row of a template file, CSV or XLSX, with the import's own reader; refuses a file whose
     * header lacks a template column.
     */
    public static void read(Path file, Consumer<TemplateRow> rows) throws IOException {
        var reader = new ByName(rows);
        try {
            TemplateFile.read(file, reader);
        } catch (TemplateFile.UnreadableFile e) {
            throw new IOException(e.getMessage(), e);
        }
        if (reader.failure != null) {
            throw new IOException(reader.failure);
        }
    }

    /** Finds the template's columns by name in whatever order the file has them. */
    private static final class ByName implements TemplateFile.Rows {
        private final Consumer<TemplateRow> rows;
        private int[] order;
        private String failure;

        ByName(Consumer<TemplateRow> rows) {
            this.rows = rows;
        }

        @Override
        public void header(List<String> names) {
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                positions.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = TemplateRow.COLUMNS.stream().filter(c -> !positions.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                failure = "not the import template: missing column(s) " + String.join(", ", missing);
                return;
            }
            order = TemplateRow.COLUMNS.stream().mapToInt(positions::get).toArray();
        }

        @Override
        public void row(int rowNumber, String[] cells) {
            if (order == null) {
                return;
            }
            boolean blank = true;
            List<String> values = new ArrayList<>(order.length);
            for (int index : order) {
                String value = index < cells.length ? cells[index] : "";
                blank &= value == null || value.isBlank();
                values.add(value);
            }
            if (!blank) {
                rows.accept(TemplateRow.of(values));
            }
        }
    }
}
