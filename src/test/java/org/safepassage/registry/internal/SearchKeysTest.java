package org.safepassage.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safepassage.registry.PersonName;

class SearchKeysTest {

    private final PersonName name = new PersonName("Aḥmad", "Khaled", "Al-Hassan", "أَحمد", "خالد", "الحسن");

    @Test
    void namesAreFoundInEitherScriptWithoutAccentsOrVowelMarks() {
        var keys = SearchKeys.of(name, "I-001", "H-001", "+963 933 123 456", "B-12");

        assertThat(keys).contains("ahmad", "khaled", "al-hassan", "hassan", "احمد", "خالد", "الحسن", "حسن");
        assertThat(keys).contains("i-001", "h-001", "b-12", "tel:933123456");
    }

    @Test
    void queryWordsAreNormalisedLikeTheKeys() {
        assertThat(SearchKeys.query("  AHMAD  أحمد ")).containsExactly(new String[] {"ahmad", "~HMD"},
                new String[] {"احمد", "~HMD"});
    }

    @Test
    void aLongNumberMayBeAPhoneWrittenLocallyOrInternationally() {
        assertThat(SearchKeys.query("0933123456").get(0)).containsExactly("0933123456", "tel:933123456");
    }

    @Test
    void spellingsOfANameShareAKeyAcrossScripts() {
        var keys = SearchKeys.of(new PersonName("Mohammed", null, "Al-Khalidi", "محمد", null, "الخالدي"), "I-2", "H-2",
                null, null);
        for (String query : new String[] {"Muhammad", "Mhd", "محمد", "Mohamad El-Khaldi", "محمد خالدي"}) {
            for (String[] word : SearchKeys.query(query)) {
                assertThat(keys).as(query).containsAnyOf(word);
            }
        }
        assertThat(keys).doesNotContain(SearchKeys.query("Hussein").get(0));
    }

    @Test
    void refsAndPhonesHaveNoSpellingVariants() {
        assertThat(SearchKeys.query("HH-000123").get(0)).containsExactly("hh-000123");
    }

    @Test
    void arabicLetterVariantsAreFolded() {
        assertThat(SearchKeys.normalise("فاطمة")).isEqualTo(SearchKeys.normalise("فاطمه"));
        assertThat(SearchKeys.normalise("إسماعيل")).isEqualTo(SearchKeys.normalise("اسماعيل"));
        assertThat(SearchKeys.normalise("مصطفى")).isEqualTo(SearchKeys.normalise("مصطفي"));
    }
}
