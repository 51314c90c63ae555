package org.safepassage.registry.internal.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Search keys for names in either script, so that searching “Muhammad” finds “Mohammed”, “Mhd” and “محمد”.
 *
 * <p>Store {@link #keys(String)} of every name part of a person (both scripts); a query matches a person when
 * every key of the query is among the person's keys. Keys are coarse on purpose (محمود shares a key with محمد):
 * order the hits with {@link #similarity(String, String)}.
 *
 * <pre>
 * keys(“Abd al-Rahman Al-Ahmad”) = [BDRHMN, HMD]
 * keys(“عبدالرحمن الاحمد”)        = [BDRHMN, HMD]
 * keys(“Mhd Kheir”)              = [MHMD, KR]
 * </pre>
 */
public final class NameKeys {

    private static final Set<String> JOIN_NEXT_LATIN = Set.of("abd", "abdul", "abdel", "abdal", "abdil", "abdu", "abu",
            "abou", "abo", "al", "el", "il", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "esh",
            "et", "ez", "en", "ud", "ur", "us");
    private static final Set<String> JOIN_PREVIOUS_LATIN = Set.of("din", "deen", "dine", "eddin", "eddine", "uddin",
            "iddin", "aldin", "eldin", "allah", "ullah", "ulla", "alla", "lah");
    private static final Set<String> ARTICLES = Set.of("al", "el", "il", "ul", "ad", "ed", "ud");
    private static final Set<String> JOIN_NEXT_ARABIC = Set.of("عبد", "ابو");
    private static final Set<String> JOIN_PREVIOUS_ARABIC = Set.of("الدين", "الله");

    private NameKeys() {
    }

    /** Names repeat endlessly in a camp (an import reads each thousands of times): keys are remembered. */
    private static final java.util.Map<String, List<String>> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KNOWN_LIMIT = 200_000;

    /** One key per name in the text (a compound such as عبد الرحمن or Nour al-Din is one name). */
    public static List<String> keys(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> known = KNOWN.get(text);
        if (known != null) {
            return known;
        }
        if (KNOWN.size() >= KNOWN_LIMIT) {
            KNOWN.clear();
        }
        List<String> keys = List.copyOf(keysOf(text));
        KNOWN.put(text, keys);
        return keys;
    }

    /**
     * The keys of the names in the text and, for a compound, of each of its words too: a search for “Abd
     * al-Rahman” typed as three words finds it word by word, one for Abdulrahman finds it whole.
     */
    public static List<String> searchKeys(String text) {
        Set<String> keys = new LinkedHashSet<>(keys(text));
        for (String name : names(text)) {
            if (name.indexOf(' ') > 0) {
                for (String word : name.split(" ")) {
                    // a word of one consonant is an article or a particle: Al, Abu's vowels; it would match half
                    // the camp
                    keys(word).stream().filter(key -> key.length() > 1).forEach(keys::add);
                }
            }
        }
        return new ArrayList<>(keys);
    }

    /** For each word of a query, the keys it may match: its own, and that of the compound it belongs to. */
    public static List<List<String>> queryKeys(String text) {
        List<List<String>> byWord = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return byWord;
        }
        for (String word : text.strip().split("\\s+")) {
            Set<String> keys = new LinkedHashSet<>(keys(word));
            for (String name : names(text)) {
                if (name.indexOf(' ') > 0 && (" " + name + " ").contains(" " + normalised(word) + " ")) {
                    keys.addAll(keys(name));
                }
            }
            byWord.add(new ArrayList<>(keys));
        }
        return byWord;
    }

    private static String normalised(String word) {
        return ArabicScript.containsArabic(word) ? ArabicScript.normalise(word) : LatinScript.normalise(word);
    }

    private static List<String> keysOf(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names(text)) {
            String key = NameForms.of(name).key();
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return new ArrayList<>(keys);
    }

    /** How alike two names (or two full names) are in sound, from 0 to 1, whatever their scripts. */
    public static double similarity(String a, String b) {
        return NameForms.of(a).similarity(NameForms.of(b));
    }

    /** The text cut into names: words, with compounds and articles kept with the word they belong to. */
    static List<String> names(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        boolean arabic = ArabicScript.containsArabic(text);
        String normalised = arabic ? ArabicScript.normalise(text) : LatinScript.normalise(text);
        List<String> names = new ArrayList<>();
        var current = new StringBuilder();
        boolean joinNext = false;
        String[] words = normalised.split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            boolean joinPrevious = arabic ? JOIN_PREVIOUS_ARABIC.contains(word)
                    : JOIN_PREVIOUS_LATIN.contains(lower)
                    // the article of "Nour al-Din" belongs to the name before it, with Din
                    || (ARTICLES.contains(lower) && i + 1 < words.length && JOIN_PREVIOUS_LATIN.contains(words[i + 1]));
            if (!current.isEmpty() && !joinNext && !joinPrevious) {
                names.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(word);
            joinNext = arabic ? JOIN_NEXT_ARABIC.contains(word) : JOIN_NEXT_LATIN.contains(lower);
        }
        if (!current.isEmpty()) {
            names.add(current.toString());
        }
        return names;
    }
}
