package org.safepassage.registry.internal.names;

/**
 * The alphabet both scripts are mapped into before two spellings are compared: classes of consonants as
 * Arabic distinguishes them, the long vowels Arabic writes, the short vowels only Latin writes, and a few
 * “weak” sounds that spellings keep or drop at will (ayn and hamza, the article's lam, a final taa marbuta).
 *
 * <p>Names are written in Arabic with consonants and long vowels only; clerks writing them in Latin add short
 * vowels by ear and pick one of several conventions for each consonant. Comparing in this alphabet, with
 * costs that know which differences are conventions and which are different names, is what lets
 * “Mohammed”, “Muhammad” and “محمد” meet while “محمود” stays apart.
 */
final class Sound {

    // consonants (one per Arabic class, plus Latin g which has no single Arabic letter)
    static final byte B = 0, T = 1, TH = 2, J = 3, H = 4, KH = 5, D = 6, DH = 7, R = 8, Z = 9, S = 10, SH = 11,
            GH = 12, F = 13, Q = 14, K = 15, G = 16, L = 17, M = 18, N = 19, W = 20, Y = 21;
    // weak sounds, often written in one spelling and not in another
    static final byte AYN = 22, ARTICLE_L = 23, FINAL_H = 24;
    // long vowels (Arabic alef, yaa, waw; Latin aa, ee/ai/ei, ou/oo/aw)
    static final byte A_LONG = 25, I_LONG = 26, U_LONG = 27;
    // short vowels, written only in Latin
    static final byte A = 28, E = 29, I = 30, U = 31;
    // vowels of unknown quality: the alef that starts a word, the article's alef, the vowel before a final
    // taa marbuta, and a final yaa or alef maqsura (Ali ends in i, Mustafa in a, both written with a yaa)
    static final byte V_INITIAL = 32, V_ANY = 33, V_FINAL = 34;
    // Latin "ou": a long u in English habit (Mahmoud), any u in French habit (Moustafa, Oussama)
    static final byte OU = 35;

    static final int COUNT = 36;

    private static final String[] NAMES = {"B", "T", "TH", "J", "H", "KH", "D", "DH", "R", "Z", "S", "SH", "GH", "F",
            "Q", "K", "G", "L", "M", "N", "W", "Y", "'", "(l)", "(h)", "AA", "II", "UU", "a", "e", "i", "u", "V-",
            "(v)", "-V", "OU"};

    private Sound() {
    }

    static boolean isLongVowel(byte sound) {
        return sound == A_LONG || sound == I_LONG || sound == U_LONG;
    }

    static boolean isShortVowel(byte sound) {
        return (sound >= A && sound <= U) || sound == OU;
    }

    static boolean isVowel(byte sound) {
        return sound >= A_LONG;
    }

    static boolean isConsonant(byte sound) {
        return sound <= Y;
    }

    /** Readable form, for tests and for reading a comparison. */
    static String toString(byte[] sounds) {
        var text = new StringBuilder();
        for (byte sound : sounds) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(NAMES[sound]);
        }
        return text.toString();
    }
}
