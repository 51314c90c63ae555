package org.safepassage.registry.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatinScriptTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Muḥammad, muhammad",             // scholarly dots folded by ICU
            "ʿAbd al-Raḥmān, abd al rahman",  // ayn mark at the start dropped, hyphen is a space
            "Sa'id, sa'id",                   // apostrophe inside a word kept: it is an ayn or hamza
            "MHD, muhammad",                  // abbreviation
            "Moh'd Kheir, muhammad kheir",
            "Al-Ahmad, al ahmad",
            "Hélène, helene",
            "'  Omar   ', omar",
    })
    void normalises(String typed, String expected) {
        assertThat(LatinScript.normalise(typed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
            "Mohammed, M u H a M e D",         // doubled letters are one sound, o is u
            "Abdulrahman, a B D (v) (l) R a H M a N", // the article inside a compound
            "Abdurrahman, a B D (v) (l) R a H M a N", // the article assimilated to r
            "Alahmad, (v) (l) a H M a D",     // the article glued
            "Chadi, SH a D i",                 // French ch
            "Husayn, H u S a II N",            // diphthong ay is a yaa
            "Youssef, Y OU S e F",
            "Fatimah, F a T i M a (h)",         // a final h after a vowel is the taa marbuta
    })
    void readsSounds(String typed, String sounds) {
        assertThat(Sound.toString(LatinScript.sounds(LatinScript.normalise(typed)))).isEqualTo(sounds);
    }
}
