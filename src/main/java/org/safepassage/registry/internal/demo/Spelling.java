package org.safepassage.registry.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a name of the {@link NameBook} in Latin letters the way one clerk ({@link Hand}) would. */
final class Spelling {

    private static final String SUN_LETTERS = "t th d dh r z s sh S D T Z l n";

    private Spelling() {
    }

    private record Unit(String value, boolean vowel, boolean doubled) {
    }

    static String latin(Name name, Hand hand, Rng rng) {
        String[] words = name.roman().split(" ");
        List<String> out = new ArrayList<>();
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            // "allaah" is the article and laah (Allah), as in عبد الله
            boolean article = word.startsWith("al-") || word.equals("allaah");
            String bare = word.equals("allaah") ? "laah" : article ? word.substring(3) : word;
            if (w == 0 && word.equals("muHammad") && hand.muhammadAbbreviated() > 0
                    && rng.chance(hand.muhammadAbbreviated())) {
                out.add(rng.weighted("Mhd", 70, "Mohd", 20, "Moh'd", 10));
                continue;
            }
            if (article && w > 0) {
                compound(out, bare, hand);
            } else if (article) {
                out.add(withArticle(bare, hand));
            } else {
                out.add(capital(word(bare, hand)));
            }
        }
        String text = String.join(" ", out);
        return hand.upperCase() ? text.toUpperCase(Locale.ROOT) : text;
    }

    /** The article before a family name, as this clerk writes it: Al-Ahmad, Al Ahmad, Alahmad, El-Ahmad, Ahmad. */
    private static String withArticle(String bare, Hand hand) {
        String rest = word(bare, hand);
        return switch (hand.article()) {
            case AL_HYPHEN -> "Al-" + capital(rest);
            case AL_SPACE -> "Al " + capital(rest);
            case AL_GLUED -> "Al" + rest;
            case EL_HYPHEN -> "El-" + capital(rest);
            case EL_SPACE -> "El " + capital(rest);
            case DROPPED -> capital(rest);
            case ASSIMILATED -> isSun(bare) ? "A" + sunLetter(rest) + "-" + capital(rest) : "Al-" + capital(rest);
        };
    }

    /** The second word of a compound, carrying the article: Abd al-Rahman, Abdulrahman, Noureddine. */
    private static void compound(List<String> out, String bare, Hand hand) {
        String first = out.remove(out.size() - 1);
        String rest = word(bare, hand);
        boolean abd = first.toLowerCase(Locale.ROOT).endsWith("bd");
        if (bare.equals("laah")) {
            out.add(first + switch (hand.compound()) {
                case UL_GLUED, UL_SPACED, ASSIMILATED -> "ullah";
                case EL_GLUED, EL_SPACED -> "allah";
                case AL_SPACED -> " Allah";
            });
            return;
        }
        boolean sun = isSun(bare);
        String glued = switch (hand.compound()) {
            case UL_GLUED -> abd ? first + "ul" + rest : first + (sun ? "ud" + rest : "ul" + rest);
            case EL_GLUED -> abd ? first + "el" + rest : first + (sun ? "e" + sunLetter(rest) + rest : "el" + rest);
            case AL_SPACED -> first + " al-" + capital(rest);
            case UL_SPACED -> (abd ? first + "ul " : first + " Al ") + capital(rest);
            case EL_SPACED -> abd ? first + "el " + capital(rest)
                    : first + (sun ? " E" + sunLetter(rest) + rest : " El " + capital(rest));
            case ASSIMILATED -> sun ? first + "u" + sunLetter(rest) + rest : first + "ul" + rest;
        };
        if (hand.frenchFinalE() && glued.endsWith("in") && !abd) {
            glued = glued + "e";
        }
        out.add(glued);
    }

    private static boolean isSun(String bare) {
        String first = bare.length() > 1 && bare.charAt(1) == 'h' ? bare.substring(0, 2) : bare.substring(0, 1);
        return (" " + SUN_LETTERS + " ").contains(" " + first + " ");
    }

    private static String sunLetter(String rendered) {
        return rendered.substring(0, rendered.length() > 1 && rendered.charAt(1) == 'h' ? 2 : 1).toLowerCase(Locale.ROOT);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** One word of the notation, in lower case. */
    static String word(String notation, Hand hand) {
        List<Unit> units = parse(notation);
        var out = new StringBuilder();
        for (int k = 0; k < units.size(); k++) {
            Unit unit = units.get(k);
            Unit previous = k > 0 ? units.get(k - 1) : null;
            Unit next = k + 1 < units.size() ? units.get(k + 1) : null;
            boolean last = next == null;
            if (unit.value().equals("@")) {
                out.append(hand.taaMarbuta());
            } else if (unit.vowel()) {
                if (unit.value().equals("a") && next != null && (next.value().equals("y") || next.value().equals("w"))
                        && !next.doubled() && (k + 2 >= units.size() || !units.get(k + 2).vowel())) {
                    out.append(next.value().equals("y") ? hand.ay() : hand.aw()); // a diphthong: Husayn, Shawqi
                    k++;
                    continue;
                }
                out.append(vowel(unit.value(), hand, next));
                if (unit.value().equals("a") && hand.imala() && next != null && next.value().equals("d")
                        && k + 2 == units.size()) {
                    out.setCharAt(out.length() - 1, 'e'); // Levantine imala: Ahmed, Mohammed
                }
            } else {
                String consonant = consonant(unit.value(), hand, k == 0, previous, next);
                if (unit.doubled() && hand.doubles() && consonant.length() == 1) {
                    consonant = consonant + consonant;
                }
                if (hand.frenchFinalE() && consonant.equals("s") && previous != null && previous.vowel()
                        && next != null && next.vowel()) {
                    consonant = "ss"; // French: a single s between vowels would read z (Oussama, Moussa)
                }
                out.append(consonant);
            }
            if (last && hand.frenchFinalE() && unit.value().equals("n") && previous != null
                    && previous.value().equals("ii")) {
                out.append('e'); // Yassine, Amine
            }
        }
        return out.toString();
    }

    private static String vowel(String value, Hand hand, Unit next) {
        boolean last = next == null;
        return switch (value) {
            case "a" -> "a";
            case "i" -> hand.shortI();
            case "u" -> hand.shortU();
            case "aa" -> last ? "a" : hand.longA();
            case "ii" -> last ? hand.finalI() : hand.longI();
            case "uu" -> hand.longU();
            default -> value;
        };
    }

    private static String consonant(String value, Hand hand, boolean first, Unit previous, Unit next) {
        return switch (value) {
            case "`" -> {
                if (first || !hand.ayn().equals("echo")) {
                    yield first ? "" : hand.ayn();
                }
                boolean besideA = (previous != null && previous.value().startsWith("a"))
                        || (next != null && next.value().startsWith("a"));
                yield besideA ? "a" : "";
            }
            case "'" -> first ? "" : hand.hamza();
            case "H", "h" -> "h";
            case "kh" -> "kh";
            case "gh" -> "gh";
            case "sh" -> hand.shin();
            case "th" -> hand.tha();
            case "dh" -> hand.dhal();
            case "Z" -> hand.zah();
            case "D" -> hand.dad();
            case "S" -> "s";
            case "T" -> "t";
            case "q" -> hand.qaf();
            case "j" -> hand.jim();
            default -> value;
        };
    }

    private static List<Unit> parse(String notation) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < notation.length()) {
            char c = notation.charAt(i);
            if (c == '@') {
                units.add(new Unit("@", false, false));
                i++;
            } else if (c == 'a' || c == 'i' || c == 'u') {
                boolean isLong = i + 1 < notation.length() && notation.charAt(i + 1) == c;
                units.add(new Unit(isLong ? "" + c + c : "" + c, true, false));
                i += isLong ? 2 : 1;
            } else {
                String value = i + 1 < notation.length() && notation.charAt(i + 1) == 'h' && "tdkgs".indexOf(c) >= 0
                        ? notation.substring(i, i + 2) : notation.substring(i, i + 1);
                i += value.length();
                boolean doubled = notation.startsWith(value, i);
                if (doubled) {
                    i += value.length();
                }
                units.add(new Unit(value, false, doubled));
            }
        }
        return units;
    }
}
