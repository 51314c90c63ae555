package org.safepassage.registry.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safepassage.registry.ImportFinding;
import org.safepassage.registry.internal.RegistrationRules;

class TemplateRowTest {

    private final RegistrationRules rules = new RegistrationRules(Set.of("SY04"), Set.of("SM-CI"),
            LocalDate.of(2026, 5, 1));

    private static String[] row(String birth, String arrival) {
        return new String[] {"HH-1", "IND-1", "HEAD", "Amal", null, "Haddad", null, null, null, "F", birth, "SY04",
                arrival, "B-1", null, null};
    }

    private List<ImportFinding> findings(String birth, String arrival) {
        List<ImportFinding> errors = new ArrayList<>();
        TemplateRow.check(2, row(birth, arrival), rules, errors);
        return errors;
    }

    @Test
    void aDayAndAYearAloneAreReadAsTheTemplateWritesThem() {
        List<ImportFinding> errors = new ArrayList<>();

        var day = TemplateRow.check(2, row("1984-03-07", "2024-02-29"), rules, errors);
        var year = TemplateRow.check(3, row("1984", null), rules, errors);

        assertThat(errors).isEmpty();
        assertThat(day.birthDate.date()).isEqualTo(LocalDate.of(1984, 3, 7));
        assertThat(day.birthDate.yearOnly()).isFalse();
        assertThat(day.arrivalDate).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(year.birthDate.date()).isEqualTo(LocalDate.of(1984, 1, 1));
        assertThat(year.birthDate.yearOnly()).isTrue();
    }

    @Test
    void aDayThatDoesNotExistOrIsWrittenOtherwiseIsABadDate() {
        for (String wrong : new String[] {"2021-02-30", "1984-13-01", "1984-3-7", "07/03/1984", "84", "1984-03-07x"}) {
            assertThat(findings(wrong, null)).as(wrong).extracting(ImportFinding::column, ImportFinding::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("date_of_birth", "bad-date"));
            assertThat(findings("1984", wrong)).as(wrong).extracting(ImportFinding::column, ImportFinding::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("arrival_date", "bad-date"));
        }
    }
}
