package org.safepassage.registry.internal.demo;

/**
 * How one clerk types Arabic names. Many leave out the hamza (احمد for أحمد), type a final taa marbuta as
 * haa (فاطمه) or alef maqsura as yaa (مصطفي), or glue compounds (عبدالرحمن); a few slip on a key.
 */
record ArabicHand(boolean hamzaLeftOut, boolean taaAsHaa, boolean maqsuraAsYaa, boolean compoundsGlued,
        boolean seatedHamzaAsLetter) {

    static ArabicHand draw(Rng rng) {
        return new ArabicHand(rng.chance(0.5), rng.chance(0.2), rng.chance(0.3), rng.chance(0.3), rng.chance(0.4));
    }

    String type(String arabic) {
        String text = arabic;
        if (hamzaLeftOut) {
            text = text.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
        }
        if (seatedHamzaAsLetter) {
            text = text.replace('ئ', 'ي').replace('ؤ', 'و');
        }
        if (taaAsHaa) {
            text = text.replace('ة', 'ه');
        }
        if (maqsuraAsYaa) {
            text = text.replace('ى', 'ي');
        }
        if (compoundsGlued) {
            text = text.replace("عبد ال", "عبدال").replace(" الدين", "الدين").replace(" الله", "الله");
        }
        return text;
    }

    /** A slip of the fingers: a letter's dots, or a letter left out. */
    static String slip(String arabic, Rng rng) {
        String[][] dots = {{"ح", "خ"}, {"س", "ش"}, {"ص", "ض"}, {"ر", "ز"}, {"د", "ذ"}, {"ع", "غ"}, {"ب", "ت"}};
        for (int attempt = 0; attempt < 4; attempt++) {
            String[] pair = dots[rng.between(0, dots.length - 1)];
            int at = arabic.indexOf(pair[0]);
            if (at >= 0) {
                return arabic.substring(0, at) + pair[1] + arabic.substring(at + 1);
            }
        }
        if (arabic.length() > 3) {
            int at = rng.between(1, arabic.length() - 2);
            if (arabic.charAt(at) != ' ') {
                return arabic.substring(0, at) + arabic.substring(at + 1);
            }
        }
        return arabic;
    }
}
