package org.safepassage.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SafePassageTest
@RecordApplicationEvents
public class ImportTest {

    public static final String HEADER = "household_ref,individual_ref,relationship,given_name,father_name,family_name,"
            + "given_name_ar,father_name_ar,family_name_ar,sex,date_of_birth,origin_pcode,arrival_date,"
            + "shelter_block,phone,specific_needs";

    @Autowired
    RegistryManagement registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path dir;

    public static List<String> family(String h) {
        return List.of(
                h + "," + h + "-1,HEAD,Fatima,Ali,Al-Hamwi,فاطمة,علي,الحموي,F,1985-04-12,SY04,2024-02-01,B-3,0933123456,WR-WR",
                h + "," + h + "-2,CHILD,Omar,,Al-Hamwi,عمر,,الحموي,M,2014,SY04,2024-02-01,B-3,,",
                h + "," + h + "-3,CHILD,,,,مريم,,الحموي,F,2019-09-30,SY04,2024-02-01,B-3,,SM-CI;DS-PM");
    }

    Path csv(String name, List<String> rows, String lineEnd, boolean bom) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write((HEADER + lineEnd).getBytes(StandardCharsets.UTF_8));
            for (String row : rows) {
                out.write((row + lineEnd).getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    long individuals() {
        return jdbc.sql("SELECT count(*) FROM individual").query(Long.class).single();
    }

    @Test
    void aFileWithErrorsInKnownPlacesGetsExactlyThoseFindingsAndStoresNothing() throws Exception {
        String a = RegistryFixtures.uniqueRef("IA");
        String b = RegistryFixtures.uniqueRef("IB");
        String c = RegistryFixtures.uniqueRef("IC");
        var rows = new java.util.ArrayList<>(family(a));                          // rows 2-4: fine
        rows.add(b + "," + b + "-1,HEAD,Khaled,,Saleh,,,,X,1970-13-01,SY99,2099-01-01,B-4,,XX-ZZ"); // row 5
        rows.add(b + "," + b + "-2,HEAD,Huda,,Saleh,,,,F,1975,SY09,,B-5,,");       // row 6: second head, block
        rows.add(c + "," + c + "-1,SPOUSE,Rana,,,,,,F,1990,SY12,,B-6,,");          // row 7: no head, no full name
        rows.add(c + "," + a + "-1,CHILD,Ali,,Noor,,,,M,2015,SY12,,B-6,,");        // row 8: ref repeated
        rows.add(c + "," + c + "-3,COUSIN,Sara,,Noor,,,,F,2016,SY12,,B-6,,");      // row 9: bad relationship
        long before = individuals();

        var result = registry.importFile(csv("errors.csv", rows, "\n", false), "errors.csv", false, null);

        assertThat(result.stored()).isFalse();
        assertThat(result.report().errors()).extracting(ImportFinding::row, ImportFinding::column,
                ImportFinding::rule).containsExactlyInAnyOrder(
                tuple(5, "sex", "bad-sex"),
                tuple(5, "date_of_birth", "bad-date"),
                tuple(5, "origin_pcode", "unknown-pcode"),
                tuple(5, "arrival_date", "future-date"),
                tuple(5, "specific_needs", "unknown-needs-code"),
                tuple(6, "relationship", "two-heads"),
                tuple(6, "shelter_block", "household-inconsistent"),
                tuple(7, null, "missing-name"),
                tuple(7, null, "no-head"),
                tuple(8, "individual_ref", "duplicate-ref"),
                tuple(9, "relationship", "bad-relationship"));
        assertThat(result.report().rows()).isEqualTo(8);
        assertThat(result.report().imported()).isZero();
        assertThat(individuals()).isEqualTo(before);
        assertThat(registry.householdByRef(a)).isEmpty();
    }

    @Test
    void aValidFileIsImportedOnceAndReimportingItChangesNothing() throws Exception {
        String h = RegistryFixtures.uniqueRef("IV");
        Path file = csv("valid.csv", family(h), "\r\n", true);

        var first = registry.importFile(file, "valid.csv", false, null);
        var again = registry.importFile(file, "valid.csv", false, null);

        assertThat(first.report().errors()).isEmpty();
        assertThat(first.stored()).isTrue();
        assertThat(first.individualsAdded()).isEqualTo(3);
        assertThat(first.householdsAdded()).isEqualTo(1);
        assertThat(again.individualsAdded()).isZero();
        assertThat(again.individualsChanged()).isZero();
        assertThat(again.individualsUnchanged()).isEqualTo(3);
        var household = registry.householdByRef(h).orElseThrow();
        assertThat(household.size()).isEqualTo(3);
        assertThat(household.shelterBlock()).isEqualTo("B-3");
        var members = registry.members(household.id());
        assertThat(members.get(0).name().arabic()).isEqualTo("فاطمة علي الحموي");
        assertThat(members).anySatisfy(p -> {
            assertThat(p.birthDate().yearOnly()).isTrue();
            assertThat(p.birthDate()).hasToString("2014");
        });
        assertThat(members).anySatisfy(p -> assertThat(p.specificNeeds()).containsExactlyInAnyOrder("SM-CI", "DS-PM"));
        assertThat(events.stream(RegistryImported.class)).contains(new RegistryImported("valid.csv", 1, 3));
    }

    @Test
    void aChangedRowUpdatesThePersonAndKeepsTheOldValue() throws Exception {
        String h = RegistryFixtures.uniqueRef("IU");
        registry.importFile(csv("v1.csv", family(h), "\n", false), "v1.csv", false, null);
        var changed = new java.util.ArrayList<>(family(h));
        changed.set(1, changed.get(1).replace(",2014,", ",2014-06-01,"));

        var result = registry.importFile(csv("v2.csv", changed, "\n", false), "v2.csv", false, null);

        assertThat(result.individualsChanged()).isEqualTo(1);
        var omar = registry.personByRef(h + "-2").orElseThrow();
        assertThat(omar.birthDate()).hasToString("2014-06-01");
        assertThat(registry.personHistory(omar.id())).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("date_of_birth");
            assertThat(change.oldValue()).isEqualTo("2014");
            assertThat(change.newValue()).isEqualTo("2014-06-01");
            assertThat(change.reason()).isEqualTo("import v2.csv");
        });
    }

    @Test
    void aDryRunChecksButStoresNothing() throws Exception {
        String h = RegistryFixtures.uniqueRef("ID");

        var result = registry.importFile(csv("dry.csv", family(h), "\n", false), "dry.csv", true, null);

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.stored()).isFalse();
        assertThat(registry.householdByRef(h)).isEmpty();
    }

    @Test
    void aWrongColumnSetIsReportedOnRowOne() throws Exception {
        Path file = dir.resolve("columns.csv");
        Files.writeString(file, HEADER.replace("sex,", "gender,").replace(",specific_needs", "") + "\nx\n");

        var result = registry.importFile(file, "columns.csv", false, null);

        assertThat(result.report().errors()).extracting(ImportFinding::row, ImportFinding::column,
                ImportFinding::rule).containsExactlyInAnyOrder(tuple(1, "gender", "unknown-column"),
                tuple(1, "sex", "missing-column"), tuple(1, "specific_needs", "missing-column"));
    }

    @Test
    void aChildHeadIsAWarningNotAnError() throws Exception {
        String h = RegistryFixtures.uniqueRef("IW");
        var rows = List.of(h + "," + h + "-1,HEAD,Yusuf,,Darwish,,,,M,2015-01-01,SY09,,B-9,,SC-CH",
                h + "," + h + "-2,SIBLING,Reem,,Darwish,,,,F,2018,SY09,,B-9,,");

        var result = registry.importFile(csv("child.csv", rows, "\n", false), "child.csv", false, null);

        assertThat(result.stored()).isTrue();
        assertThat(result.report().warnings()).extracting(ImportFinding::row, ImportFinding::rule)
                .containsExactly(tuple(2, "child-head"));
    }

    @Test
    void anXlsxWorkbookWithTheSameHeaderImports() throws Exception {
        String h = RegistryFixtures.uniqueRef("IX");
        Path file = dir.resolve("camp.xlsx");
        try (var workbook = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("camp");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            String[] header = HEADER.split(",");
            var top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            var rows = family(h);
            for (int r = 0; r < rows.size(); r++) {
                String[] cells = rows.get(r).split(",", -1);
                var row = sheet.createRow(r + 1);
                for (int i = 0; i < cells.length; i++) {
                    if (i == 12) {
                        var cell = row.createCell(i);
                        cell.setCellValue(java.time.LocalDate.parse(cells[i]));
                        cell.setCellStyle(dateStyle);
                    } else if (!cells[i].isEmpty()) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            workbook.write(out);
        }

        var result = registry.importFile(file, "camp.xlsx", false, null);

        assertThat(result.report().errors()).isEmpty();
        assertThat(result.individualsAdded()).isEqualTo(3);
        assertThat(registry.personByRef(h + "-1").orElseThrow().arrivalDate()).isEqualTo("2024-02-01");
    }

    @Test
    void aFileThatIsNotTextIsUnreadable() throws Exception {
        Path file = dir.resolve("binary.csv");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A, (byte) 0xFF});

        assertThatThrownBy(() -> registry.importFile(file, "binary.csv", false, null))
                .isInstanceOf(ImportFileUnreadable.class).hasMessageContaining("UTF-8");
    }

    /** The definitions of every index and constraint of households and individuals, and of keys to them. */
    List<String> schemaOfTheRegistry() {
        return schemaOfTheRegistry(jdbc);
    }

    static List<String> schemaOfTheRegistry(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT pg_get_indexdef(indexrelid) FROM pg_index
                 WHERE indrelid IN ('household'::regclass, 'individual'::regclass)
                UNION ALL
                SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                 WHERE conrelid IN ('household'::regclass, 'individual'::regclass)
                    OR confrelid IN ('household'::regclass, 'individual'::regclass)
                UNION ALL
                SELECT tgname || ' ' || tgenabled::text FROM pg_trigger
                 WHERE tgrelid IN ('household'::regclass, 'individual'::regclass) AND NOT tgisinternal
                ORDER BY 1
                """).query(String.class).list();
    }

    @Test
    void anImportThatDoublesTheRegistryPutsBackEveryIndexAndConstraint() throws Exception {
        var schema = schemaOfTheRegistry();
        String prefix = RegistryFixtures.uniqueRef("IB");
        var rows = new java.util.ArrayList<String>();
        for (int i = 0; rows.size() <= individuals(); i++) {
            rows.addAll(family(prefix + "-" + i));
        }
        var phases = new java.util.ArrayList<String>();

        var result = registry.importFile(csv("large.csv", rows, "\n", false), "large.csv", false,
                (phase, read) -> phases.add(phase));

        assertThat(result.stored()).isTrue();
        assertThat(phases).contains("INDEXING");
        // the search answers the same while its index is still being built
        assertThat(registry.search(prefix + "-0-3", org.safepassage.shared.PageRequest.first()).items())
                .extracting(SearchHit::ref).containsExactly(prefix + "-0-3");
        registry.awaitIndexes();
        assertThat(schemaOfTheRegistry()).isEqualTo(schema);
        assertThat(pendingIndexes()).isZero();
    }

    @Test
    void anIndexLeftPendingByAnInterruptedLoadIsBuiltLater() throws Exception {
        var schema = schemaOfTheRegistry();
        String definition = jdbc.sql("SELECT pg_get_indexdef('individual_needs'::regclass)").query(String.class)
                .single();
        // as a load that committed and stopped before building its index leaves it
        jdbc.sql("DROP INDEX individual_needs").update();
        jdbc.sql("INSERT INTO registry_pending_index (name, definition) VALUES ('individual_needs', :d)")
                .param("d", definition).update();
        assertThat(schemaOfTheRegistry()).isNotEqualTo(schema);

        registry.awaitIndexes();

        assertThat(schemaOfTheRegistry()).isEqualTo(schema);
        assertThat(pendingIndexes()).isZero();
    }

    private long pendingIndexes() {
        return jdbc.sql("SELECT count(*) FROM registry_pending_index").query(Long.class).single();
    }
}
