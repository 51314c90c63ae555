package org.safepassage.registry.internal.matching;

/**
 * From bits of evidence to a score between 0 and 1 and a decision. The score is a logistic of the weight:
 * 0.5 (REVIEW) at 13 bits, 0.9 (MATCH) at 18 bits among 50,000 people, the figures where the synthetic camp's
 * known duplicates are found best. Among more people the bar rises by log2 of how many times more: in a
 * population twenty times larger, twenty times as many strangers share each name and birth year.
 *
 * @param population how many people the pairs were sought among
 */
public record Scale(int population) {

    public static final double REVIEW = 0.5;
    public static final double MATCH = 0.9;

    private static final double REVIEW_BITS = 13;
    private static final double MATCH_BITS = 18;
    private static final double CALIBRATED_POPULATION = 50_000;
    /** Bits per doubling of the odds: 0.5 at REVIEW_BITS, 0.9 at MATCH_BITS. */
    private static final double SLOPE = (MATCH_BITS - REVIEW_BITS) / (Math.log(MATCH / (1 - MATCH)) / Math.log(2));

    /** How many bits the bar rises for this population. */
    public double shift() {
        return Math.max(0, Math.log(population / CALIBRATED_POPULATION) / Math.log(2));
    }

    public double score(float bits) {
        return 1 / (1 + Math.pow(2, -(bits - shift() - REVIEW_BITS) / SLOPE));
    }

    /** The least weight that is worth a clerk's review. */
    public float reviewBits() {
        return (float) (REVIEW_BITS + shift());
    }

    public static boolean isMatch(double score) {
        return score >= MATCH;
    }
}
