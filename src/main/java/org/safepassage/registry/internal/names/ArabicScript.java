package org.safepassage.registry.internal.names;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.Normalizer2;

/**
 * Arabic script as clerks type it, brought to one form per name, and read aloud into {@link Sound}s.
 *
 * <p>ICU's NFKC folds presentation forms and ligatures (ﷲ, ﻣ) into ordinary letters. The rest is written
 * here, because it is knowledge of how Arabic names are typed rather than of Unicode: hamza seats and alef
 * forms (أ إ آ ٱ) are used interchangeably, taa marbuta is often typed as haa (فاطمة / فاطمه), alef maqsura as
 * yaa (مصطفى / مصطفي), diacritics and tatweel are decoration, Persian keyboards give ک and ی, and compound
 * names are typed with or without their space (عبد الرحمن / عبدالرحمن).
 */
public final class ArabicScript {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private ArabicScript() {
    }

    /** Whether the text holds at least one Arabic letter. */
    public static boolean containsArabic(String text) {
        return text != null && text.codePoints().anyMatch(ArabicScript::isArabicLetter);
    }

    static boolean isArabicLetter(int codePoint) {
        return Character.isLetter(codePoint)
                && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }

    /**
     * The name in one spelling: letters unified, decoration removed, compounds split the same way whatever
     * the typist did; words separated by one space. Two typings of the same name give the same text.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = NFKC.normalize(text);
        var letters = new StringBuilder(folded.length());
        folded.codePoints().forEach(codePoint -> {
            int unified = unify(codePoint);
            if (unified == DROP) {
                return;
            }
            letters.appendCodePoint(isArabicLetter(unified) ? unified : ' ');
        });
        List<String> words = new ArrayList<>();
        for (String word : letters.toString().trim().split("\\s+")) {
            if (!word.isEmpty()) {
                splitCompound(word, words);
            }
        }
        return String.join(" ", words);
    }

    private static final int DROP = -1;

    private static int unify(int c) {
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640
                || (c >= 0x200B && c <= 0x200F) || c == 0x061C || c == 0xFEFF || c == 0x0621) {
            return DROP; // tashkeel, Quranic marks, tatweel, invisible marks, a hamza on the line
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ', 'ٵ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى', 'ی', 'ې', 'ۍ', 'ێ', 'ئ' -> 'ي';
            case 'ؤ' -> 'و';
            case 'ک', 'ڪ', 'گ' -> 'ك';
            case 'ھ', 'ە', 'ۀ' -> 'ه';
            default -> c;
        };
    }

    /**
     * عبد and ابو take the next word with its article (عبدالرحمن = عبد الرحمن), and الدين and الله are
     * glued to the word before (نورالدين = نور الدين); whichever way it was typed, the words come out split.
     */
    private static void splitCompound(String word, List<String> words) {
        for (String prefix : new String[] {"عبد", "ابو"}) {
            if (word.startsWith(prefix + "ال") && word.length() >= prefix.length() + 4) {
                words.add(prefix);
                splitCompound(word.substring(prefix.length()), words);
                return;
            }
        }
        for (String suffix : new String[] {"الدين", "الله"}) {
            if (word.endsWith(suffix) && word.length() >= suffix.length() + 2) {
                words.add(word.substring(0, word.length() - suffix.length()));
                words.add(suffix);
                return;
            }
        }
        words.add(word);
    }

    /** The sounds of a normalised name, word by word. */
    static byte[] sounds(String normalised) {
        var out = new SoundBuffer();
        for (String word : normalised.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int start = 0;
            if (word.startsWith("ال") && word.length() >= 4) {
                out.add(Sound.V_ANY);
                out.add(Sound.ARTICLE_L);
                start = 2;
            }
            readWord(word, start, out);
        }
        return out.toArray();
    }

    private static void readWord(String word, int start, SoundBuffer out) {
        int end = word.length();
        for (int i = start; i < end; i++) {
            char letter = word.charAt(i);
            boolean first = i == start;
            boolean last = i == end - 1;
            char previous = first ? 0 : word.charAt(i - 1);
            char next = last ? 0 : word.charAt(i + 1);
            switch (letter) {
                case 'ا' -> out.add(first ? Sound.V_INITIAL : Sound.A_LONG);
                case 'و' -> out.add(first || next == 'ا' || previous == 'ا' ? Sound.W : Sound.U_LONG);
                case 'ي' -> {
                    if (first || next == 'ا' || next == 'و' || previous == 'ا') {
                        out.add(Sound.Y);
                    } else if (last && i > start) {
                        out.add(Sound.V_FINAL);
                    } else {
                        out.add(Sound.I_LONG);
                    }
                }
                case 'ه' -> {
                    if (last && i > start) {
                        out.add(Sound.V_ANY); // taa marbuta typed as haa, or a final haa: "-a", "-ah", "-eh"
                        out.add(Sound.FINAL_H);
                    } else {
                        out.add(Sound.H);
                    }
                }
                default -> {
                    byte sound = consonant(letter);
                    if (sound >= 0) {
                        out.add(sound);
                    }
                }
            }
        }
    }

    private static byte consonant(char letter) {
        return switch (letter) {
            case 'ب', 'پ' -> Sound.B;
            case 'ت', 'ط' -> Sound.T;
            case 'ث' -> Sound.TH;
            case 'ج', 'چ' -> Sound.J;
            case 'ح' -> Sound.H;
            case 'خ' -> Sound.KH;
            case 'د', 'ض' -> Sound.D;
            case 'ذ', 'ظ' -> Sound.DH;
            case 'ر' -> Sound.R;
            case 'ز', 'ژ' -> Sound.Z;
            case 'س', 'ص' -> Sound.S;
            case 'ش' -> Sound.SH;
            case 'ع' -> Sound.AYN;
            case 'غ' -> Sound.GH;
            case 'ف', 'ڤ' -> Sound.F;
            case 'ق' -> Sound.Q;
            case 'ك' -> Sound.K;
            case 'ل' -> Sound.L;
            case 'م' -> Sound.M;
            case 'ن' -> Sound.N;
            default -> -1;
        };
    }
}
