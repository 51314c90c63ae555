package org.safepassage.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.registry.internal.demo.SyntheticCamp;
import org.safepassage.registry.internal.names.ArabicScript;
import org.safepassage.registry.internal.template.TemplateRows;
import org.safepassage.registry.internal.template.TemplateRow;

class DemoCampTest {

    /** The UNHCR standardized specific-needs codes (2009 guidance). */
    private static final Set<String> NEEDS_CODES = Set.of("CR-CP", "CR-CS", "CR-CC", "CR-TP", "CR-LW", "CR-LO",
            "CR-NE", "CR-SE", "CR-AF", "CR-CL", "SC-SC", "SC-UC", "SC-CH", "SC-IC", "SC-FC", "WR-WR", "WR-SF", "WR-LC",
            "ER-NF", "ER-MC", "ER-FR", "SP-PT", "SP-GP", "SP-CG", "DS-BD", "DS-DF", "DS-PM", "DS-PS", "DS-MM", "DS-MS",
            "DS-SD", "SM-MI", "SM-MN", "SM-DP", "SM-CI", "SM-CC", "SM-OT", "SM-AD", "FU-TR", "FU-FR", "LP-ND", "LP-BN",
            "LP-NA", "LP-MM", "LP-MD", "LP-RR", "LP-RD", "LP-DA", "LP-DO", "LP-DT", "LP-IH", "LP-WP", "LP-AN", "LP-RP",
            "LP-MS", "LP-LS", "LP-AP", "LP-CR", "LP-ST", "LP-AF", "TR-PI", "TR-HO", "TR-WV", "SV-VA", "SV-VF", "SV-VO",
            "SV-GM", "SV-HP", "SV-HK", "SV-FM", "SV-SS");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}-\\d{2})?");
    private static final LocalDate TODAY = LocalDate.now();

    private static DemoCamp camp;
    private static List<TemplateRow> rows;

    @BeforeAll
    static void generate() {
        camp = DemoCamp.generate(20_000, 7);
        rows = camp.rows();
    }

    @Test
    void theSameSeedWritesTheSameFilesByteForByte(@TempDir Path first, @TempDir Path second) throws IOException {
        DemoCamp.generate(3_000, 11).writeTo(first);
        DemoCamp.generate(3_000, 11).writeTo(second);
        for (String file : List.of(DemoCamp.CAMP_FILE, DemoCamp.DUPLICATES_FILE)) {
            assertThat(Files.readAllBytes(first.resolve(file))).isEqualTo(Files.readAllBytes(second.resolve(file)));
        }
    }

    @Test
    void anotherSeedWritesAnotherCamp() {
        assertThat(DemoCamp.generate(3_000, 12).rows()).isNotEqualTo(DemoCamp.generate(3_000, 11).rows());
    }

    @Test
    void writesTheTemplateAndTheGroundTruth(@TempDir Path directory) throws IOException {
        DemoCamp small = DemoCamp.generate(1_000, 3);
        small.writeTo(directory);
        List<String> lines = Files.readAllLines(directory.resolve(DemoCamp.CAMP_FILE));
        assertThat(lines.get(0)).isEqualTo(String.join(",", TemplateRow.COLUMNS));
        assertThat(TemplateRows.read(directory.resolve(DemoCamp.CAMP_FILE))).isEqualTo(small.rows());
        List<String> pairs = Files.readAllLines(directory.resolve(DemoCamp.DUPLICATES_FILE));
        assertThat(pairs.get(0)).isEqualTo("individual_ref_a,individual_ref_b");
        assertThat(pairs).hasSize(small.duplicatePairs() + 1);
    }

    @Test
    void holdsExactlyTheAskedNumberOfPeopleWithUniqueRefs() {
        assertThat(rows).hasSize(20_000);
        assertThat(rows.stream().map(TemplateRow::individualRef).distinct()).hasSize(20_000);
    }

    @Test
    void everyHouseholdHasExactlyOneHeadListedFirst() {
        Map<String, List<TemplateRow>> households = byHousehold();
        assertThat(households).hasSize(camp.households());
        households.forEach((ref, members) -> {
            assertThat(members.stream().filter(m -> m.relationship().equals("HEAD"))).as(ref).hasSize(1);
            assertThat(members.get(0).relationship()).as(ref).isEqualTo("HEAD");
        });
        double average = 20_000.0 / households.size();
        assertThat(average).isBetween(4.8, 6.2);
    }

    @Test
    void everyValuePassesTheTemplatesRules() {
        Set<String> relationships = Set.of("HEAD", "SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDCHILD",
                "OTHER_RELATIVE", "NON_RELATIVE");
        for (TemplateRow row : rows) {
            assertThat(relationships).as(row.individualRef()).contains(row.relationship());
            assertThat(row.sex()).isIn("F", "M");
            assertThat(row.originPcode()).matches("SY(0[1-9]|1[0-4])");
            assertThat(row.dateOfBirth()).matches(DATE);
            assertThat(birth(row)).isBefore(TODAY);
            LocalDate arrival = LocalDate.parse(row.arrivalDate());
            assertThat(arrival).isBefore(TODAY).isAfterOrEqualTo(birth(row).withDayOfMonth(1).withMonth(1));
            assertThat(row.shelterBlock()).matches("[A-L]-\\d{2}");
            if (!row.phone().isEmpty()) {
                assertThat(row.phone()).matches("\\+96(39\\d{8}|27[789]\\d{7})");
            }
            if (!row.specificNeeds().isEmpty()) {
                assertThat(NEEDS_CODES).containsAll(List.of(row.specificNeeds().split(";")));
            }
            boolean latin = !row.givenName().isEmpty() && !row.familyName().isEmpty();
            boolean arabic = !row.givenNameAr().isEmpty() && !row.familyNameAr().isEmpty();
            assertThat(latin || arabic).as("a full name in one script: %s", row).isTrue();
            if (arabic) {
                assertThat(ArabicScript.containsArabic(row.givenNameAr() + row.familyNameAr())).isTrue();
            }
            if (!row.givenName().isEmpty()) {
                assertThat(row.givenName()).matches("[A-Za-z' -]+");
            }
        }
    }

    @Test
    void looksLikeTheCamp() {
        long womenAndChildren = rows.stream().filter(r -> r.sex().equals("F") || age(r) < 18).count();
        assertThat(womenAndChildren / 20_000.0).isBetween(0.76, 0.84);
        Map<String, Long> origins = rows.stream().collect(Collectors.groupingBy(TemplateRow::originPcode,
                Collectors.counting()));
        assertThat(origins.get("SY04") / 20_000.0).isBetween(0.45, 0.55);
        assertThat(origins.get("SY09") / 20_000.0).isBetween(0.29, 0.37);
        assertThat(origins.get("SY12") / 20_000.0).isBetween(0.07, 0.13);
        List<TemplateRow> heads = rows.stream().filter(r -> r.relationship().equals("HEAD")).toList();
        assertThat(heads.stream().filter(r -> r.sex().equals("F")).count() / (double) heads.size()).isBetween(0.25, 0.5);
        assertThat(heads.stream().filter(r -> !r.phone().isEmpty()).count() / (double) heads.size()).isBetween(0.3, 0.7);
        assertThat(rows.stream().filter(r -> r.dateOfBirth().length() == 4).count() / 20_000.0).isBetween(0.1, 0.4);
        Set<String> codes = rows.stream().flatMap(r -> List.of(r.specificNeeds().split(";")).stream())
                .collect(Collectors.toSet());
        assertThat(codes).contains("SM-CI", "DS-PM", "ER-NF", "SP-PT", "WR-LC", "SM-DP", "SC-UC", "SC-SC", "LP-RR",
                "LP-AF", "LP-IH", "LP-RP", "TR-PI");
    }

    @Test
    void childrenCarryTheirFathersGivenNameAndFamilyName() {
        Set<String> twice = refsRegisteredTwice();
        int checked = 0;
        for (List<TemplateRow> members : byHousehold().values()) {
            TemplateRow head = members.get(0);
            if (!head.sex().equals("M") || head.givenNameAr().isEmpty() || twice.contains(head.individualRef())) {
                continue;
            }
            for (TemplateRow member : members) {
                if (member.relationship().equals("CHILD") && !twice.contains(member.individualRef())
                        && !member.fatherNameAr().isEmpty()) {
                    assertThat(ArabicScript.normalise(member.fatherNameAr()))
                            .isEqualTo(ArabicScript.normalise(head.givenNameAr()));
                    assertThat(ArabicScript.normalise(member.familyNameAr()))
                            .isEqualTo(ArabicScript.normalise(head.familyNameAr()));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    @Test
    void aboutThreeInAHundredAreRegisteredTwiceUnderNewRefs() {
        int pairs = camp.duplicatePairs();
        assertThat(pairs / 20_000.0).isBetween(0.025, 0.035);
        Map<String, TemplateRow> byRef = rows.stream().collect(Collectors.toMap(TemplateRow::individualRef, r -> r));
        Set<String> seen = new HashSet<>();
        int sameBirth = 0;
        for (SyntheticCamp.Pair pair : camp.duplicates()) {
            TemplateRow a = byRef.get(pair.refA());
            TemplateRow b = byRef.get(pair.refB());
            assertThat(a).isNotNull();
            assertThat(b).isNotNull();
            assertThat(seen.add(pair.refA()) && seen.add(pair.refB())).as("each person at most twice").isTrue();
            sameBirth += a.dateOfBirth().equals(b.dateOfBirth()) ? 1 : 0;
        }
        // slips are common but not the rule
        assertThat(sameBirth / (double) pairs).isBetween(0.35, 0.75);
    }

    private static Set<String> refsRegisteredTwice() {
        return camp.duplicates().stream().flatMap(p -> List.of(p.refA(), p.refB()).stream())
                .collect(Collectors.toSet());
    }

    private static Map<String, List<TemplateRow>> byHousehold() {
        Map<String, List<TemplateRow>> households = new HashMap<>();
        rows.forEach(r -> households.computeIfAbsent(r.householdRef(), k -> new java.util.ArrayList<>()).add(r));
        return households;
    }

    private static LocalDate birth(TemplateRow row) {
        String date = row.dateOfBirth();
        return date.length() == 4 ? LocalDate.of(Integer.parseInt(date), 1, 1) : LocalDate.parse(date);
    }

    private static int age(TemplateRow row) {
        return Period.between(birth(row), LocalDate.of(2026, 10, 1)).getYears();
    }
}
