package org.safepassage.registry.internal.matching;

/**
 * How alike two people's name parts are, in whichever scripts both wrote them. Names repeat endlessly in a
 * camp (a few hundred given names for thousands of people), so each pair of distinct spellings is compared
 * once per thread and remembered in a small direct-mapped cache.
 */
final class NameComparison {

    static final float MISSING = -1f;

    private static final int CACHE_BITS = 20;

    private final PersonRecords records;
    private final NameTable names;
    private final ThreadLocal<Cache> caches = ThreadLocal.withInitial(Cache::new);

    NameComparison(PersonRecords records) {
        this.records = records;
        this.names = records.names();
    }

    /**
     * Similarity of part {@code partA} of person a and part {@code partB} of person b, from 0 to 1, or
     * {@link #MISSING} when one of them has no such part. The same script is compared when both wrote it
     * (Arabic to Arabic is the surest); Latin is compared with Arabic only when nothing else is possible.
     */
    float similarity(int a, NamePart partA, int b, NamePart partB) {
        int latinA = records.latin(partA, a);
        int arabicA = records.arabic(partA, a);
        int latinB = records.latin(partB, b);
        int arabicB = records.arabic(partB, b);
        float best = MISSING;
        if (arabicA >= 0 && arabicB >= 0) {
            best = forms(arabicA, arabicB);
        }
        // below 0.6 in Arabic, no Latin spelling could lift the pair to "close" (their mean stays under 0.8)
        if (latinA >= 0 && latinB >= 0 && best < 1f && (best == MISSING || best >= 0.6f)) {
            float latin = forms(latinA, latinB);
            // Latin letters lose what Arabic keeps (Ammar عمار and Amer عامر are one spelling apart in Latin):
            // when both wrote Arabic, a closer Latin spelling only half convinces
            best = best == MISSING ? latin : Math.max(best, (best + latin) / 2);
        }
        if (best == MISSING) {
            if (arabicA >= 0 && latinB >= 0) {
                best = forms(arabicA, latinB);
            }
            if (latinA >= 0 && arabicB >= 0) {
                best = Math.max(best, forms(latinA, arabicB));
            }
        }
        return best;
    }

    private float forms(int formA, int formB) {
        if (formA == formB) {
            return 1f;
        }
        int low = Math.min(formA, formB);
        int high = Math.max(formA, formB);
        long key = ((long) low << 32) | high;
        Cache cache = caches.get();
        int slot = (int) (mix(key) & ((1 << CACHE_BITS) - 1));
        if (cache.keys[slot] == key) {
            return cache.values[slot];
        }
        float similarity = names.get(low).similarity(names.get(high));
        cache.keys[slot] = key;
        cache.values[slot] = similarity;
        return similarity;
    }

    private static long mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        key ^= key >>> 33;
        return key;
    }

    private static final class Cache {
        final long[] keys = new long[1 << CACHE_BITS];
        final float[] values = new float[1 << CACHE_BITS];

        Cache() {
            java.util.Arrays.fill(keys, -1L);
        }
    }
}
