package org.safepassage.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.registry.internal.template.TemplateRow;
import org.safepassage.registry.internal.template.TemplateRows;

class DeduplicationTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** A household registered twice over, once in each script, and two cousins who share a name. */
    private static List<TemplateRow> smallCamp() {
        List<TemplateRow> rows = new ArrayList<>();
        rows.add(row("H-1", "P-1", "HEAD", "Ahmad|Hasan|Al-Fayyad|أحمد|حسن|الفياض", "M", "1975-03-02", "+963944111222"));
        rows.add(row("H-1", "P-2", "SPOUSE", "Fatima|Ali|Al-Hamad|فاطمة|علي|الحمد", "F", "1980", ""));
        rows.add(row("H-1", "P-3", "CHILD", "Yousef|Ahmad|Al-Fayyad|يوسف|أحمد|الفياض", "M", "2008-07-19", ""));
        rows.add(row("H-2", "P-4", "HEAD", "Ahmed|Hassan|Alfayyad|||", "M", "1976-03-02", ""));
        rows.add(row("H-3", "P-5", "HEAD", "|||يوسف|احمد|الفياض", "M", "2008-07-19", ""));
        rows.add(row("H-4", "P-6", "HEAD", "Khaled|Omar|Al-Hasan|خالد|عمر|الحسن", "M", "1970", ""));
        rows.add(row("H-4", "P-7", "CHILD", "Sara|Khaled|Al-Hasan|سارة|خالد|الحسن", "F", "2012-01-05", ""));
        rows.add(row("H-5", "P-8", "HEAD", "Nour|Ali|Al-Hasan|نور|علي|الحسن", "F", "1985", ""));
        return rows;
    }

    private static TemplateRow row(String household, String ref, String relationship, String names, String sex,
            String birth, String phone) {
        String[] n = names.split("\\|", -1);
        return new TemplateRow(household, ref, relationship, n[0], n[1], n[2], n[3], n[4], n[5], sex, birth, "SY09",
                "2016-05-01", "C-12", phone, "");
    }

    @Test
    void findsThePeopleRegisteredTwiceAndNoOneElse() {
        Deduplication.Result result = Deduplication.find(smallCamp());
        assertThat(result.records()).isEqualTo(8);
        assertThat(result.pairs()).extracting(p -> p.refA() + "=" + p.refB()).containsExactly("P-1=P-4", "P-3=P-5");
        assertThat(result.pairs()).allSatisfy(pair -> assertThat(pair.decision()).isEqualTo(Deduplication.Decision.MATCH));
    }

    @Test
    void explainsEachPairInEnglishAndArabic() {
        Deduplication.Pair pair = Deduplication.find(smallCamp()).pairs().get(0);
        assertThat(pair.explanation(Locale.ENGLISH)).contains("same father's name")
                .contains("birth year differs by one, same day and month");
        assertThat(pair.explanation(ARABIC)).contains("اسم الأب نفسه").contains("سنة الميلاد تختلف بسنة واحدة");
    }

    @Test
    void saysHowManyYearsApartInBothLanguages() {
        var apart = List.of(new Deduplication.Reason("dedup.reason.birth.yearsApart", 1));
        assertThat(Deduplication.explain(apart, Locale.ENGLISH)).isEqualTo("birth year differs by one");
        assertThat(Deduplication.explain(List.of(new Deduplication.Reason("dedup.reason.birth.yearsApart", 3)),
                Locale.ENGLISH)).isEqualTo("birth years differ by 3");
        assertThat(Deduplication.explain(List.of(new Deduplication.Reason("dedup.reason.birth.yearsApart", 2)), ARABIC))
                .isEqualTo("سنتا الميلاد تختلفان بسنتين");
    }

    @Test
    void everyReasonHasItsWordsInEnglishAndArabic() {
        ResourceBundle english = ResourceBundle.getBundle("i18n/registry", Locale.ROOT);
        ResourceBundle arabic = ResourceBundle.getBundle("i18n/registry", ARABIC);
        for (String key : Deduplication.messageKeys()) {
            assertThat(english.getString(key)).as(key).isNotBlank();
            assertThat(arabic.getString(key)).as(key).isNotEqualTo(english.getString(key));
        }
    }

    @Test
    void writesThePairsFileOfTheContract(@TempDir Path directory) throws IOException {
        Path template = directory.resolve("camp.csv");
        DemoCamp.generate(3_000, 21).writeTo(directory);
        Deduplication.Result result = Deduplication.find(template);
        Path pairs = directory.resolve("out/pairs.csv");
        Deduplication.writePairs(result, pairs);
        List<String> lines = Files.readAllLines(pairs);
        assertThat(lines.get(0)).isEqualTo("individual_ref_a,individual_ref_b,score,decision");
        assertThat(lines).hasSize(result.pairs().size() + 1).hasSizeGreaterThan(50);
        Set<String> unordered = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertThat(cells).hasSize(4);
            assertThat(cells[0]).isLessThan(cells[1]);
            assertThat(unordered.add(cells[0] + "," + cells[1])).isTrue();
            assertThat(Double.parseDouble(cells[2])).isBetween(0.0, 1.0);
            assertThat(cells[3]).isIn("MATCH", "REVIEW");
        }
    }

    @Test
    void readsTheTemplateAsAWorkbookToo(@TempDir Path directory) throws IOException {
        Path workbook = directory.resolve("camp.xlsx");
        try (var book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            var sheet = book.createSheet("camp");
            var header = sheet.createRow(0);
            for (int c = 0; c < TemplateRow.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(TemplateRow.COLUMNS.get(c));
            }
            List<TemplateRow> rows = smallCamp();
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r).cells();
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            book.write(out);
        }
        assertThat(Deduplication.find(workbook).pairs()).extracting(Deduplication.Pair::refA).containsExactly("P-1", "P-3");
    }

    @Test
    void refusesAFileThatIsNotTheTemplate(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("other.csv");
        Files.writeString(file, "name,age\nAhmad,40\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Deduplication.find(file))
                .isInstanceOf(IOException.class).hasMessageContaining("household_ref");
    }

    @Test
    void findsMostKnownDuplicatesOfAGeneratedCampAndFewOthers() {
        Deduplication.Evaluation evaluation = Deduplication.evaluate(DemoCamp.generate(20_000, 9));
        assertThat(evaluation.match().f1()).isGreaterThan(0.93);
        assertThat(evaluation.review().recall()).isGreaterThan(0.97);
        assertThat(evaluation.result().pairsCompared()).isLessThan(20_000L * 20_000 / 2 / 1_000);
    }

    @Test
    void writesTheSameTemplateRowsItReads(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("rows.csv");
        TemplateRows.write(file, smallCamp());
        assertThat(TemplateRows.read(file)).isEqualTo(smallCamp());
    }
}
