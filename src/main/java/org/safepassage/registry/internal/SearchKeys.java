package org.safepassage.registry.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.safepassage.registry.PersonName;
import org.safepassage.registry.internal.names.NameKeys;

/**
 * The normalised tokens a person is found by: name parts in both scripts (lower case, without accents; Arabic
 * without vowel marks and tatweel, with the common letter variants folded), the refs, the phone and the
 * block. A query token is normalised the same way, so "Aḥmad" finds "Ahmad" and "أحمد" finds "احمد".
 */
public final class SearchKeys {

    static final String PHONE = "tel:";
    /** Keys of spelling variants ({@link NameKeys}): “Muhammad” finds “Mohammed”, “Mhd” and “محمد”. */
    static final String SPELLING = "~";
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern EDGES =
            java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final java.util.regex.Pattern PHONE_PUNCTUATION = java.util.regex.Pattern.compile("[\\s+()\\-.]");
    private static final int PHONE_DIGITS = 9;

    private SearchKeys() {
    }

    public static String[] of(PersonName name, String ref, String householdRef, String phone, String block) {
        var keys = new Distinct();
        for (String part : new String[] {name.given(), name.father(), name.family(), name.givenAr(), name.fatherAr(),
                name.familyAr()}) {
            if (part != null) {
                keys.addAll(ofPart(part));
            }
        }
        // codes are found whole: their pieces ("h", "1") would match most of the camp
        for (String code : new String[] {ref, householdRef, block}) {
            if (code != null) {
                String key = normalise(code.strip());
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        }
        String digits = digits(phone);
        if (digits.length() >= 7) {
            keys.add(PHONE + lastDigits(digits));
        }
        return keys.toArray();
    }

    /**
     * Names repeat endlessly in a camp (a large import reads each name part thousands of times): the keys of a
     * part are worked out once and remembered.
     */
    private static final java.util.Map<String, String[]> PARTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARTS_LIMIT = 200_000;

    /** The keys of one name part (a given, father's or family name, in one script), in the order found. */
    static String[] ofPart(String part) {
        String[] known = PARTS.get(part);
        if (known != null) {
            return known;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String word : SPACES.split(part)) {
            addWord(keys, word);
        }
        NameKeys.searchKeys(part).forEach(key -> keys.add(SPELLING + key));
        String[] found = keys.toArray(String[]::new);
        if (PARTS.size() >= PARTS_LIMIT) {
            PARTS.clear();
        }
        PARTS.put(part, found);
        return found;
    }

    /** A person's few dozen keys without repeats, in the order first found; cheaper than a set at this size. */
    private static final class Distinct {
        private String[] keys = new String[32];
        private int size;

        void addAll(String[] more) {
            for (String key : more) {
                add(key);
            }
        }

        void add(String key) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == key || keys[i].equals(key)) {
                    return;
                }
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
        }

        String[] toArray() {
            return java.util.Arrays.copyOf(keys, size);
        }
    }

    /** For each word of a query, the keys any one of which it may match (all words must match). */
    public static List<String[]> query(String text) {
        List<String[]> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String[] typed = SPACES.split(text.strip());
        List<List<String>> spellings = NameKeys.queryKeys(text);
        for (int w = 0; w < typed.length; w++) {
            String word = typed[w];
            String key = normalise(word);
            if (key.isEmpty()) {
                continue;
            }
            Set<String> variants = new LinkedHashSet<>();
            variants.add(key);
            String digits = digits(word);
            if (digits.length() >= 7 && digits.length() >= PHONE_PUNCTUATION.matcher(word).replaceAll("").length()) {
                variants.add(PHONE + lastDigits(digits));
            }
            if (digits.isEmpty() && w < spellings.size()) {
                spellings.get(w).forEach(spelling -> variants.add(SPELLING + spelling));
            }
            words.add(variants.toArray(String[]::new));
        }
        return words;
    }

    /** The words of a query as typed (normalised), without spelling variants: hits on these come first. */
    public static String[] exact(List<String[]> words) {
        return words.stream().flatMap(java.util.Arrays::stream).filter(k -> !k.startsWith(SPELLING))
                .toArray(String[]::new);
    }

    private static void addWord(Set<String> keys, String word) {
        String key = normalise(word);
        if (key.isEmpty()) {
            return;
        }
        keys.add(key);
        String[] parts = allWordChars(key) ? new String[] {key} : NOT_WORD.split(key);
        if (parts.length > 1) {
            for (String part : parts) {
                // "al" of "al-hassan" would match half the camp; the whole word still matches
                if (part.length() >= 3) {
                    keys.add(part);
                    addWithoutArticle(keys, part);
                }
            }
        }
        addWithoutArticle(keys, key);
    }

    /** "العلي" is also found as "علي": the article is written joined to the name. */
    private static void addWithoutArticle(Set<String> keys, String key) {
        if (key.startsWith("ال") && key.length() >= 5) {
            keys.add(key.substring(2));
        }
    }

    static String normalise(String word) {
        String text = needsDecomposition(word) ? Normalizer.normalize(word, Normalizer.Form.NFKD) : word;
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640') {
                continue; // accents, Arabic vowel marks (harakat), tatweel
            }
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى', 'ئ' -> 'ي';
                case 'ة' -> 'ه';
                case 'ؤ' -> 'و';
                default -> c >= '٠' && c <= '٩' ? (char) ('0' + (c - '٠')) : c;
            });
        }
        // NFKD splits أ into ا + hamza mark, which was dropped above; strip quotes around apostrophes too
        String lower = out.toString().toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || isWordChar(lower.charAt(0)) && isWordChar(lower.charAt(lower.length() - 1))) {
            return lower;
        }
        return EDGES.matcher(lower).replaceAll("");
    }

    private static boolean allWordChars(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isLetterOrDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * Only accented Latin letters and compatibility forms need decomposing; Arabic letter variants are folded
     * directly below, and decomposing every word would be the costliest step of a large import.
     */
    private static boolean needsDecomposition(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 && (c < 0x0600 || c > 0x06FF)) {
                return true;
            }
        }
        return false;
    }

    static String digits(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.append(c);
            } else if (c >= '٠' && c <= '٩') {
                out.append((char) ('0' + (c - '٠')));
            }
        }
        return out.toString();
    }

    private static String lastDigits(String digits) {
        return digits.length() <= PHONE_DIGITS ? digits : digits.substring(digits.length() - PHONE_DIGITS);
    }
}
