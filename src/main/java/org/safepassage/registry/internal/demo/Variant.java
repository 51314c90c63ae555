package org.safepassage.registry.internal.demo;

/**
 * How a second registration of a person came out different from the first: another clerk with other habits,
 * and the slips of a second interview (names in swapped fields, the father's name not asked, one script left
 * empty, a mistyped letter).
 */
record Variant(Hand hand, ArabicHand arabicHand, Scripts scripts, boolean swapped, boolean fatherMissing,
        boolean latinTypo, boolean arabicSlip, boolean arabicArticleDropped) {

    enum Scripts { BOTH, ARABIC_ONLY, LATIN_ONLY }

    static Variant draw(Rng rng) {
        return new Variant(Hand.draw(rng), ArabicHand.draw(rng),
                rng.weighted(Scripts.BOTH, 80, Scripts.ARABIC_ONLY, 10, Scripts.LATIN_ONLY, 10),
                rng.chance(0.05), rng.chance(0.12), rng.chance(0.08), rng.chance(0.03), rng.chance(0.08));
    }
}
