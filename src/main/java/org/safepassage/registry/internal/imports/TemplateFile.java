package org.safepassage.registry.internal.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a file in the import template, row by row without holding it in memory: CSV in UTF-8 (with or
 * without byte-order mark, CRLF or LF line ends) or the first sheet of an XLSX workbook. Rows are numbered
 * as a spreadsheet shows them (the header is row 1).
 */
public final class TemplateFile {

    /** Receives the rows of a file: the header first, then each data row. */
    public interface Rows {
        void header(List<String> names);

        void row(int rowNumber, String[] cells);
    }

    /** The file cannot be read as a template at all (not CSV/XLSX, not UTF-8, broken workbook). */
    public static final class UnreadableFile extends Exception {
        public UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private TemplateFile() {
    }

    public static boolean isXlsx(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    public static void read(Path file, Rows rows) throws UnreadableFile {
        try {
            if (isXlsx(file)) {
                readXlsx(file, rows);
            } else {
                readCsv(file, rows);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            if (rootCause(e) instanceof java.nio.charset.CharacterCodingException) {
                throw new UnreadableFile("The file is not UTF-8 text; save it as \"CSV UTF-8\" or XLSX.", e);
            }
            throw new UnreadableFile("The file could not be read: " + rootMessage(e), e);
        } catch (IllegalStateException e) {
            // commons-csv reports broken quoting this way
            throw new UnreadableFile("The file is not valid CSV: " + rootMessage(e), e);
        }
    }

    static void readCsv(Path file, Rows rows) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = withoutByteOrderMark(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                Reader reader = new InputStreamReader(in, decoder)) {
            var format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
            boolean first = true;
            int rowNumber = 0;
            for (CSVRecord record : format.parse(reader)) {
                rowNumber++;
                String[] cells = record.values();
                if (first) {
                    rows.header(List.of(cells));
                    first = false;
                } else {
                    rows.row(rowNumber, cells);
                }
            }
            if (first) {
                rows.header(List.of());
            }
        }
    }

    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        var pushback = new PushbackInputStream(in, 3);
        byte[] start = pushback.readNBytes(3);
        boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        if (!bom && start.length > 0) {
            pushback.unread(start);
        }
        return pushback;
    }

    static void readXlsx(Path file, Rows rows) throws IOException, UnreadableFile {
        try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                rows.header(List.of());
                return;
            }
            try (InputStream sheet = sheets.next()) {
                var handler = new SheetRows(rows);
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, handler,
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
                handler.finish();
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new UnreadableFile("The workbook could not be read: " + rootMessage(e), e);
        }
    }

    /** Date cells of a workbook become the template's YYYY-MM-DD, whatever their display format. */
    static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final List<String> cells = new ArrayList<>();
        private int width = -1;
        private int rowNumber;

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            if (width < 0 && rowNum > 0) {
                // no header on the first row: an empty header tells the caller what is wrong
                width = 0;
                rows.header(List.of());
            }
            cells.clear();
            rowNumber = rowNum + 1;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (width < 0) {
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                width = cells.size();
                rows.header(List.copyOf(cells));
                return;
            }
            while (cells.size() > width && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            while (cells.size() < width) {
                cells.add("");
            }
            rows.row(rowNumber, cells.toArray(String[]::new));
        }

        void finish() {
            if (width < 0) {
                rows.header(List.of());
            }
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = rootCause(e);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
