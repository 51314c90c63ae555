package org.safepassage.registry.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicScriptTest {

    @ParameterizedTest(name = "{0} is typed like {1}")
    @CsvSource({
            "أحمد, احمد",           // hamza on alef
            "إبراهيم, ابراهيم",      // hamza under alef
            "آمنة, امنه",           // madda, taa marbuta typed as haa
            "فاطمة, فاطمه",
            "مصطفى, مصطفي",         // alef maqsura typed as yaa
            "مُحَمَّد, محمد",          // tashkeel
            "محـــمد, محمد",         // tatweel
            "ﻣﺤﻤﺪ, محمد",           // presentation forms
            "وائل, وايل",           // hamza on its yaa seat
            "لؤي, لوي",             // hamza on its waw seat
            "علاء, علا",            // a hamza on the line
            "عبدالرحمن, عبد الرحمن", // compound typed with or without its space
            "نورالدين, نور الدين",
            "عبدالله, عبد الله",
            "یوسف, يوسف",           // Persian keyboard
    })
    void spellingsOfOneNameNormaliseAlike(String typed, String other) {
        assertThat(ArabicScript.normalise(typed)).isEqualTo(ArabicScript.normalise(other));
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource({"محمد, محمود", "حسن, حسين", "أحمد, حمد", "عمر, عامر", "علي, علاء"})
    void differentNamesStayDifferent(String a, String b) {
        assertThat(ArabicScript.normalise(a)).isNotEqualTo(ArabicScript.normalise(b));
    }

    @ParameterizedTest
    @CsvSource({"'  عبد   الرحمن  ', عبد الرحمن", "'الخالدي-', الخالدي", "'محمد (ابو علي)', محمد ابو علي"})
    void punctuationAndSpacesBecomeSingleSpaces(String typed, String expected) {
        assertThat(ArabicScript.normalise(typed)).isEqualTo(expected);
    }
}
