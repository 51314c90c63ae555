package org.safepassage.registry.internal.names;

import static org.safepassage.registry.internal.names.Sound.*;

/** Turns a name as typed, in either script, into a {@link NameForm}. */
public final class NameForms {

    private static final NameForm EMPTY = new NameForm("", false, new byte[0], "");

    private NameForms() {
    }

    public static NameForm empty() {
        return EMPTY;
    }

    /** The form of one name part as typed; Arabic script wins when both scripts are mixed in one field. */
    public static NameForm of(String typed) {
        if (typed == null || typed.isBlank()) {
            return EMPTY;
        }
        if (ArabicScript.containsArabic(typed)) {
            String text = ArabicScript.normalise(typed);
            return form(text, true, ArabicScript.sounds(text));
        }
        String text = LatinScript.normalise(typed);
        return form(text, false, LatinScript.sounds(text));
    }

    private static NameForm form(String text, boolean arabic, byte[] sounds) {
        return text.isEmpty() ? EMPTY : new NameForm(text.replace(" ", ""), arabic, sounds, key(sounds));
    }

    /**
     * Consonant classes in the order heard. Letters one convention writes one way and another convention
     * another way fall into one class (q/k/g/j/kh/gh, t/th, d/dh/z); vowels, ayn and hamza, the article and a
     * final taa marbuta are left out, and so are w and y, which one spelling writes as consonants and another
     * as vowels (Wael/وائل, Eyad/اياد).
     */
    static String key(byte[] sounds) {
        String consonants = classes(sounds, false);
        // a name of vowels and semivowels only (آية Aya, Eyad without its d) keeps its w and y
        return consonants.isEmpty() ? classes(sounds, true) : consonants;
    }

    private static String classes(byte[] sounds, boolean semivowels) {
        var key = new StringBuilder(sounds.length);
        for (byte sound : sounds) {
            char cls = switch (sound) {
                case B -> 'B';
                case T, TH -> 'T';
                case J, Q, K, G, GH, KH -> 'K';
                case H -> 'H';
                case D, DH, Z -> 'D';
                case R -> 'R';
                case S -> 'S';
                case SH -> 'X';
                case F -> 'F';
                case L -> 'L';
                case M -> 'M';
                case N -> 'N';
                case W -> semivowels ? 'W' : 0;
                case Y -> semivowels ? 'Y' : 0;
                default -> 0;
            };
            if (cls != 0 && (key.isEmpty() || key.charAt(key.length() - 1) != cls)) {
                key.append(cls);
            }
        }
        return key.toString();
    }
}
