package org.safepassage.registry.internal.demo;

/** Slips of a clerk typing Latin letters: one letter dropped, doubled, swapped with its neighbour, or a vowel. */
final class Typos {

    private Typos() {
    }

    static String latin(String text, Rng rng) {
        if (text.length() < 4) {
            return text;
        }
        int at = rng.between(1, text.length() - 2);
        char c = text.charAt(at);
        if (!Character.isLetter(c) || !Character.isLetter(text.charAt(at + 1))) {
            return text;
        }
        return switch (rng.between(0, 3)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + c + text.substring(at);
            case 2 -> text.substring(0, at) + text.charAt(at + 1) + c + text.substring(at + 2);
            default -> {
                String vowels = Character.isUpperCase(c) ? "AEIOU" : "aeiou";
                yield vowels.indexOf(c) >= 0
                        ? text.substring(0, at) + vowels.charAt(rng.between(0, 4)) + text.substring(at + 1)
                        : text;
            }
        };
    }
}
