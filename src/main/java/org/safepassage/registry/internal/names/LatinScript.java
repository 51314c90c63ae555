package org.safepassage.registry.internal.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.Transliterator;

/**
 * Latin spellings of Arabic names, as clerks write them, brought to lower-case ASCII words and read aloud into
 * {@link Sound}s.
 *
 * <p>ICU's {@code Latin-ASCII} folds the diacritics of scholarly and French or Turkish spellings (Ḥasan,
 * Hélène, Şükrü) into plain letters. The reading itself is written here because no library knows the
 * conventions clerks mix when they write Arabic names by ear: English (Mohammed, Yousef), French (Chadi,
 * Oussama, Noureddine), scholarly (Muḥammad, ʿAbd al-Raḥmān), the article written as al, el, Al- or glued
 * (Alahmad), assimilated before “sun” letters (ar-Rahman, Abdurrahman), and abbreviations (Mhd, Mohd).
 */
public final class LatinScript {

    // One instance per thread: ICU transliterators are not thread-safe.
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    /** Abbreviations of Muhammad used on registration lists in the Levant. */
    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "mhd", "muhammad", "mohd", "muhammad", "muhd", "muhammad", "mhmd", "muhammad",
            "mouhd", "muhammad", "md", "muhammad");

    private static final Set<String> ARTICLES = Set.of("al", "el", "il", "ul", "ol");

    /** The article assimilated to a following “sun” letter: ar-Rahman, as-Sayed, ash-Shami, ed-Din. */
    private static final Set<String> ASSIMILATED_ARTICLES = Set.of("ad", "ar", "as", "ash", "at", "ath", "az",
            "an", "adh", "ed", "er", "es", "esh", "et", "ez", "en", "ud", "ur", "us", "ush", "ut", "uz", "un");

    private static final String SUN_LETTERS = "tdrzsnl";

    private LatinScript() {
    }

    /** Lower-case ASCII words (apostrophes kept inside words), abbreviations spelled out. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String ascii = isAscii(text) ? text : TO_ASCII.get().transliterate(apostrophes(text));
        var cleaned = new StringBuilder(ascii.length());
        for (char c : ascii.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            cleaned.append((c >= 'a' && c <= 'z') || c == '\'' ? c : ' ');
        }
        List<String> words = new ArrayList<>();
        for (String word : cleaned.toString().split("\\s+")) {
            String trimmed = trimApostrophes(word);
            if (trimmed.isEmpty()) {
                continue;
            }
            words.add(ABBREVIATIONS.getOrDefault(trimmed.replace("'", ""), trimmed));
        }
        return String.join(" ", words);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The many marks for ayn and hamza (ʿ ʾ ‘ ’ ` ´) become one apostrophe before ICU folds the rest. */
    private static String apostrophes(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case 'ʿ', 'ʾ', '‘', '’', '`', '´', 'ʼ', '′', 'ʻ', 'ʽ' -> '\'';
                default -> c;
            });
        }
        return out.toString();
    }

    private static String trimApostrophes(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && word.charAt(start) == '\'') {
            start++;
        }
        while (end > start && word.charAt(end - 1) == '\'') {
            end--;
        }
        return word.substring(start, end);
    }

    /** The sounds of a normalised name, word by word. */
    static byte[] sounds(String normalised) {
        var out = new SoundBuffer();
        String[] words = normalised.split(" ");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.isEmpty()) {
                continue;
            }
            String next = w + 1 < words.length ? words[w + 1] : null;
            if (next != null && (ARTICLES.contains(word)
                    || (ASSIMILATED_ARTICLES.contains(word) && next.startsWith(word.substring(1))))) {
                article(out);
                continue;
            }
            readWord(word, next != null, out);
        }
        return out.toArray();
    }

    private static void article(SoundBuffer out) {
        out.add(Sound.V_ANY);
        out.add(Sound.ARTICLE_L);
    }

    private static void readWord(String word, boolean followedByWord, SoundBuffer out) {
        int start = 0;
        if (word.startsWith("abd") && !word.startsWith("abdo") && !word.startsWith("abdu'")) {
            // abd + article + name, glued: Abdulrahman, Abdel Kader, Abdallah, Abdurrahman, Abdennour
            int afterArticle = articleAfter(word, 3, followedByWord);
            if (afterArticle > 0) {
                read(word, 0, 3, out);
                article(out);
                start = afterArticle;
            }
        } else {
            // the article glued to the name: Alahmad, Elkhatib, Assayed, Ezzeddine
            int afterArticle = gluedArticle(word);
            if (afterArticle > 0) {
                article(out);
                start = afterArticle;
            }
        }
        read(word, start, word.length(), out);
    }

    /** Where the name starts after “abd” + vowel + article (0 when there is no article). */
    private static int articleAfter(String word, int at, boolean followedByWord) {
        if (at + 1 >= word.length() || !isVowel(word.charAt(at))) {
            return 0;
        }
        char consonant = word.charAt(at + 1);
        if (consonant == 'l') {
            int rest = word.length() - (at + 2);
            if (rest >= 2) {
                return at + 2;
            }
            return rest == 0 && followedByWord ? word.length() : 0; // "Abdul Rahman"
        }
        if (SUN_LETTERS.indexOf(consonant) >= 0 && at + 2 < word.length() && word.charAt(at + 2) == consonant
                && word.length() - (at + 2) >= 2) {
            return at + 2; // Abdurrahman: the article became the r
        }
        return 0;
    }

    private static int gluedArticle(String word) {
        if ((word.startsWith("al") || word.startsWith("el") || word.startsWith("il")) && consonantLetters(word, 2) >= 2) {
            return 2;
        }
        if (word.length() > 4 && isVowel(word.charAt(0)) && SUN_LETTERS.indexOf(word.charAt(1)) >= 0
                && word.charAt(2) == word.charAt(1) && consonantLetters(word, 2) >= 2) {
            return 2;
        }
        return 0;
    }

    private static int consonantLetters(String word, int from) {
        int count = 0;
        for (int i = from; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isVowel(c) && c != '\'' && !(c == 'h' && i > from && "kgscdtz".indexOf(word.charAt(i - 1)) >= 0)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Reads the letters of one word from {@code from} up to, not including, {@code to}. */
    private static void read(String word, int from, int to, SoundBuffer out) {
        int i = from;
        char previousConsonant = 0;
        while (i < to) {
            char c = word.charAt(i);
            boolean atStart = i == from;
            if (isVowel(c)) {
                i = vowels(word, i, to, out);
                previousConsonant = 0;
                continue;
            }
            if (c == '\'') {
                out.add(Sound.AYN);
                i++;
                previousConsonant = 0;
                continue;
            }
            if (c == previousConsonant) {
                i++; // doubled letters are one sound: Mohammed, Hassan
                continue;
            }
            previousConsonant = c;
            char next = i + 1 < to ? word.charAt(i + 1) : 0;
            boolean nextIsVowel = isVowel(next);
            switch (c) {
                case 'w' -> {
                    if (atStart || nextIsVowel) {
                        out.add(Sound.W);
                    } else {
                        out.add(Sound.U_LONG); // aw, ow: a diphthong written with waw
                    }
                    i++;
                }
                case 'y' -> {
                    if (atStart || nextIsVowel) {
                        out.add(Sound.Y);
                    } else {
                        out.add(Sound.I_LONG); // Ramy, Louay, Husayn
                    }
                    i++;
                }
                case 'h' -> {
                    boolean afterVowel = i > from && (isVowel(word.charAt(i - 1)) || word.charAt(i - 1) == 'y');
                    out.add(afterVowel && i == to - 1 ? Sound.FINAL_H : Sound.H);
                    i++;
                }
                default -> i = consonant(word, i, to, out);
            }
        }
    }

    private static int consonant(String word, int i, int to, SoundBuffer out) {
        char c = word.charAt(i);
        char next = i + 1 < to ? word.charAt(i + 1) : 0;
        if (next == 'h') {
            byte digraph = switch (c) {
                case 'k' -> Sound.KH;
                case 'g' -> Sound.GH;
                case 's', 'c' -> Sound.SH;
                case 't' -> Sound.TH;
                case 'd' -> Sound.DH;
                case 'z' -> Sound.J;
                case 'p' -> Sound.F;
                default -> -1;
            };
            if (digraph >= 0) {
                if (out.last() != digraph) {
                    out.add(digraph);
                }
                return i + 2;
            }
        }
        if (c == 's' && next == 'c' && i + 2 < to && word.charAt(i + 2) == 'h') {
            out.add(Sound.SH);
            return i + 3;
        }
        if (c == 'd' && next == 'j') {
            out.add(Sound.J);
            return i + 2;
        }
        if (c == 'c' && next == 'k') {
            out.add(Sound.K);
            return i + 2;
        }
        if (c == 'x') {
            out.add(Sound.K);
            out.add(Sound.S);
            return i + 1;
        }
        byte sound = switch (c) {
            case 'b', 'p' -> Sound.B;
            case 't' -> Sound.T;
            case 'j' -> Sound.J;
            case 'd' -> Sound.D;
            case 'r' -> Sound.R;
            case 'z' -> Sound.Z;
            case 's' -> Sound.S;
            case 'f', 'v' -> Sound.F;
            case 'q' -> Sound.Q;
            case 'k', 'c' -> Sound.K;
            case 'g' -> Sound.G;
            case 'l' -> Sound.L;
            case 'm' -> Sound.M;
            case 'n' -> Sound.N;
            default -> -1;
        };
        if (sound >= 0 && out.last() != sound) {
            out.add(sound);
        }
        return i + 1;
    }

    /** A run of vowel letters: pairs that write a long vowel or a diphthong, otherwise short vowels. */
    private static int vowels(String word, int i, int to, SoundBuffer out) {
        int end = i;
        while (end < to && isVowel(word.charAt(end))) {
            end++;
        }
        while (i < end) {
            if (i + 1 < end) {
                byte pair = longPair(word.charAt(i), word.charAt(i + 1));
                // "aie" in Thaier: the a stands alone, "ie" is the yaa; Aisha starts with two vowels
                boolean splitDiphthong = pair == Sound.I_LONG && word.charAt(i + 1) != 'e'
                        && (i + 2 < end || i == 0);
                if (pair >= 0 && !splitDiphthong) {
                    out.add(pair);
                    i += 2;
                    continue;
                }
            }
            out.add(shortVowel(word.charAt(i)));
            i++;
        }
        return end;
    }

    private static byte longPair(char a, char b) {
        String pair = "" + a + b;
        return switch (pair) {
            case "aa" -> Sound.A_LONG;
            case "ee", "ii", "ie", "ai", "ei" -> Sound.I_LONG;
            case "oo", "uu", "au" -> Sound.U_LONG;
            case "ou" -> Sound.OU;
            default -> -1;
        };
    }

    private static byte shortVowel(char c) {
        return switch (c) {
            case 'a' -> Sound.A;
            case 'e' -> Sound.E;
            case 'i' -> Sound.I;
            default -> Sound.U;
        };
    }
}
