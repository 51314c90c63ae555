package org.safepassage.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RegistryValuesTest {

    @Test
    void birthDateKeepsWhetherOnlyTheYearIsKnown() {
        var yearOnly = BirthDate.parse("1984");
        var full = BirthDate.parse(" 1984-03-07 ");

        assertThat(yearOnly.yearOnly()).isTrue();
        assertThat(yearOnly.date()).isEqualTo(LocalDate.of(1984, 1, 1));
        assertThat(yearOnly).hasToString("1984");
        assertThat(full.yearOnly()).isFalse();
        assertThat(full).hasToString("1984-03-07");
    }

    @Test
    void birthDateRefusesWhatIsNotADate() {
        assertThatThrownBy(() -> BirthDate.parse("07/03/1984")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BirthDate.parse("1984-02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BirthDate.parse("84")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ageCountsWholeYears() {
        var birth = BirthDate.parse("2012-06-15");

        assertThat(birth.ageOn(LocalDate.of(2026, 6, 14))).isEqualTo(13);
        assertThat(birth.ageOn(LocalDate.of(2026, 6, 15))).isEqualTo(14);
    }

    @Test
    void personNameJoinsPresentPartsAndNullsBlanks() {
        var name = new PersonName(" Amal ", "", "Haddad", "أمل", "  ", "حداد");

        assertThat(name.father()).isNull();
        assertThat(name.latin()).isEqualTo("Amal Haddad");
        assertThat(name.arabic()).isEqualTo("أمل حداد");
        assertThat(name.isComplete()).isTrue();
    }

    @Test
    void aNameNeedsGivenAndFamilyInOneScript() {
        assertThat(new PersonName("Amal", null, null, null, null, "حداد").isComplete()).isFalse();
        assertThat(new PersonName(null, null, null, "أمل", null, "حداد").isComplete()).isTrue();
    }
}
