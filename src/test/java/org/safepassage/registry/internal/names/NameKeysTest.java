package org.safepassage.registry.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    @ParameterizedTest(name = "{0} and {1} share their keys")
    @CsvSource({
            "Muhammad, Mohammed", "Muhammad, محمد", "Mhd, محمد", "Mohamad, مُحَمَّد",
            "Abd al-Rahman, عبدالرحمن", "Abdulrahman, عبد الرحمن", "Abdel Rahman, Abdurrahman",
            "Al-Ahmad, الأحمد", "El Ahmed, Ahmad", "Nour al-Din, نور الدين", "Noureddine, نورالدين",
            "Qasim, Kassem", "Chadi, شادي", "Fatima, فاطمه", "Mhd Kheir, محمد خير",
    })
    void spellingsOfOneNameShareTheirKeys(String a, String b) {
        assertThat(NameKeys.keys(a)).isEqualTo(NameKeys.keys(b)).isNotEmpty();
    }

    @Test
    void aFullNameGivesOneKeyPerName() {
        assertThat(NameKeys.keys("Abd al-Rahman Mohammed Al-Ahmad")).containsExactly("BDRHMN", "MHMD", "HMD");
        assertThat(NameKeys.keys("عبد الرحمن محمد الأحمد")).containsExactly("BDRHMN", "MHMD", "HMD");
    }

    @Test
    void searchingByAnySpellingFindsThePerson() {
        List<String> person = new java.util.ArrayList<>(NameKeys.keys("محمد أحمد الخالدي"));
        person.addAll(NameKeys.keys("Mohammed Ahmad Al-Khalidi"));
        for (String query : List.of("Muhammad", "Mhd Khaldi", "محمد الخالدي", "Mohamad El Khalidi")) {
            assertThat(person).as(query).containsAll(NameKeys.keys(query));
        }
        assertThat(person).doesNotContainAnyElementsOf(NameKeys.keys("Hussein"));
    }

    @Test
    void blankTextHasNoKeys() {
        assertThat(NameKeys.keys("  ")).isEmpty();
        assertThat(NameKeys.keys(null)).isEmpty();
    }
}
