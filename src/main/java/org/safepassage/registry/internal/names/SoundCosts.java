package org.safepassage.registry.internal.names;

import static org.safepassage.registry.internal.names.Sound.*;

/**
 * What it costs to turn one spelling into another, sound by sound, for the three kinds of comparison.
 *
 * <p>The figures encode how names are written, not how any one list was produced: a short vowel is almost
 * free between Latin and Arabic (Arabic does not write it) but not between two Latin spellings; a long vowel
 * or a starting alef is a letter of the name (محمد is not محمود, أحمد is not حمد); consonants that one
 * convention writes one way and another convention another way are cheap (q/k/g, th/t/s, dh/d/z, kh/h);
 * in Arabic script, letters that differ only by their dots are cheap because that is how typing slips look.
 */
final class SoundCosts {

    enum Kind { LATIN_LATIN, LATIN_ARABIC, ARABIC_ARABIC }

    final float[] insert = new float[COUNT];
    final float[][] substitute = new float[COUNT][COUNT];
    final float[] content = new float[COUNT];

    private static final SoundCosts[] BY_KIND = {
            new SoundCosts(Kind.LATIN_LATIN), new SoundCosts(Kind.LATIN_ARABIC), new SoundCosts(Kind.ARABIC_ARABIC)};

    static SoundCosts of(Kind kind) {
        return BY_KIND[kind.ordinal()];
    }

    private SoundCosts(Kind kind) {
        boolean arabicOnly = kind == Kind.ARABIC_ARABIC;
        for (byte s = 0; s < COUNT; s++) {
            insert[s] = insertCost(s, kind);
            content[s] = contentOf(s, kind);
        }
        for (byte a = 0; a < COUNT; a++) {
            for (byte b = 0; b < COUNT; b++) {
                substitute[a][b] = a == b ? 0 : Math.min(substituteCost(a, b, arabicOnly), insert[a] + insert[b]);
            }
        }
    }

    private static float insertCost(byte s, Kind kind) {
        boolean arabic = kind == Kind.ARABIC_ARABIC;
        return switch (s) {
            case W, Y -> 0.6f;
            case AYN -> arabic ? 0.8f : 0.25f;
            case ARTICLE_L -> 0.25f;
            case FINAL_H -> arabic ? 0.5f : 0.15f;
            case A_LONG, I_LONG, U_LONG -> 0.8f;
            case A, E, I, U -> kind == Kind.LATIN_LATIN ? 0.3f : 0.05f;
            case OU -> kind == Kind.LATIN_LATIN ? 0.35f : 0.2f;
            case V_INITIAL -> arabic ? 0.9f : 0.5f;
            case V_ANY -> 0.05f;
            case V_FINAL -> arabic ? 0.8f : 0.4f;
            default -> 1f;
        };
    }

    private static float contentOf(byte s, Kind kind) {
        return switch (s) {
            case W, Y -> 0.7f;
            case AYN, ARTICLE_L -> 0.25f;
            case FINAL_H -> 0.15f;
            case A_LONG, I_LONG, U_LONG -> 0.7f;
            case A, E, I, U -> kind == Kind.LATIN_LATIN ? 0.3f : 0f;
            case OU -> kind == Kind.LATIN_LATIN ? 0.5f : 0.35f;
            case V_INITIAL -> kind == Kind.ARABIC_ARABIC ? 0.9f : 0.5f;
            case V_ANY -> 0f;
            case V_FINAL -> 0.4f;
            default -> 1f;
        };
    }

    private static float substituteCost(byte a, byte b, boolean arabicOnly) {
        if (isVowel(a) && isVowel(b)) {
            return vowels(a, b, arabicOnly);
        }
        float pair = pairCost(a, b, arabicOnly);
        return pair >= 0 ? pair : pairCost(b, a, arabicOnly) >= 0 ? pairCost(b, a, arabicOnly) : 9f;
    }

    private static float vowels(byte a, byte b, boolean arabicOnly) {
        if (isUnknown(a) || isUnknown(b)) {
            byte known = isUnknown(a) ? b : a;
            byte unknown = isUnknown(a) ? a : b;
            if (unknown != V_FINAL || isUnknown(known)) {
                return 0f;
            }
            return switch (quality(known)) { // a final yaa is i in Ali, a in Mustafa, never u
                case 'i', 'e' -> 0.05f;
                case 'a' -> 0.15f;
                default -> 0.5f;
            };
        }
        float qualities = qualityDistance(quality(a), quality(b));
        if (a == OU || b == OU) {
            return qualities + 0.05f;
        }
        if (isLongVowel(a) && isLongVowel(b)) {
            return arabicOnly ? 0.9f : 0.8f;
        }
        return isLongVowel(a) != isLongVowel(b) ? qualities + 0.05f : qualities;
    }

    private static boolean isUnknown(byte vowel) {
        return vowel == V_INITIAL || vowel == V_ANY || vowel == V_FINAL;
    }

    private static char quality(byte vowel) {
        return switch (vowel) {
            case A_LONG, A -> 'a';
            case I_LONG, I -> 'i';
            case E -> 'e';
            default -> 'u';
        };
    }

    private static float qualityDistance(char a, char b) {
        if (a == b) {
            return 0f;
        }
        String pair = a < b ? "" + a + b : "" + b + a;
        return switch (pair) {
            case "ae", "ei" -> 0.15f; // Levantine imala and English habit: Ahmad/Ahmed, Khaled/Khalid
            case "ai" -> 0.45f;
            case "eu" -> 0.3f; // Yousef/Yusuf
            default -> 0.5f;
        };
    }

    /** Cost of a known pair, written once per unordered pair; negative when the pair is not special. */
    private static float pairCost(byte a, byte b, boolean arabicOnly) {
        if (a == AYN && isVowel(b)) {
            return 0.05f; // Omar/عمر, Saeed/سعيد: the ayn heard as a vowel
        }
        if (a == AYN && b == Y) {
            return 0.2f; // a hamza on its yaa seat typed as yaa: وائل/وايل, Wa'il
        }
        if (a == W) {
            return b == U_LONG ? 0.1f : b == U ? 0.25f : isVowel(b) ? 0.6f : -1f;
        }
        if (a == Y) {
            return b == I_LONG ? 0.1f : b == I || b == E || b == V_FINAL ? 0.25f : isVowel(b) ? 0.6f : -1f;
        }
        if (a == FINAL_H) {
            return b == H ? 0f : isVowel(b) ? 0.2f : -1f;
        }
        if (a == ARTICLE_L) {
            // the article's lam is written as the sun letter that follows it: ar-Rahman, Abdussalam
            return b == L ? 0f : (b == T || b == TH || b == D || b == DH || b == R || b == Z || b == S || b == SH
                    || b == N) ? 0.25f : -1f;
        }
        float conventions = conventions(a, b);
        if (conventions >= 0) {
            return conventions;
        }
        return arabicOnly ? dots(a, b) : -1f;
    }

    /** One letter, several Latin conventions (and Bedouin, Egyptian or Levantine pronunciations). */
    private static float conventions(byte a, byte b) {
        return switch (a * 64 + b) {
            case T * 64 + TH -> 0.3f;
            case S * 64 + TH -> 0.35f;
            case D * 64 + DH -> 0.3f;
            case Z * 64 + DH -> 0.3f;
            case D * 64 + Z -> 0.6f;
            case S * 64 + Z -> 0.6f;
            case S * 64 + SH -> 0.6f;
            case H * 64 + KH -> 0.5f;
            case K * 64 + KH -> 0.45f;
            case K * 64 + Q -> 0.2f;
            case Q * 64 + G -> 0.25f;
            case J * 64 + G -> 0.3f;
            case GH * 64 + G -> 0.3f;
            case K * 64 + G -> 0.3f; // ق written k or g
            case Q * 64 + GH -> 0.5f;
            case KH * 64 + GH -> 0.6f;
            default -> -1f;
        };
    }

    /** Arabic letters that differ only by their dots: the typing slips of Arabic script. */
    private static float dots(byte a, byte b) {
        return switch (a * 64 + b) {
            case J * 64 + H, J * 64 + KH, H * 64 + KH -> 0.45f;
            case S * 64 + SH, D * 64 + DH, R * 64 + Z, AYN * 64 + GH, F * 64 + Q -> 0.45f;
            case S * 64 + D, T * 64 + DH -> 0.5f; // ص/ض, ط/ظ
            case B * 64 + T, B * 64 + TH, T * 64 + TH, B * 64 + N, T * 64 + N, TH * 64 + N -> 0.5f;
            default -> -1f;
        };
    }
}
