package org.safepassage.registry.internal.names;

/**
 * Weighted edit distance between two rows of sounds (Levenshtein with the costs of {@link SoundCosts}),
 * turned into a similarity: 1 for the same name, 0 for nothing in common. commons-text's edit distances
 * count every edit as 1, which would make "Mohammed"/"محمد" as far apart as "Mohammed"/"Mahmoud"; the costs
 * are the whole point, so the few lines of dynamic programming are written here.
 */
final class SoundDistance {

    private static final ThreadLocal<float[][]> ROWS = ThreadLocal.withInitial(() -> new float[2][64]);

    private SoundDistance() {
    }

    static float similarity(byte[] a, byte[] b, SoundCosts.Kind kind) {
        SoundCosts costs = SoundCosts.of(kind);
        float content = Math.max(Math.max(content(a, costs), content(b, costs)), 1f);
        float distance = distance(a, b, costs);
        return Math.max(0f, 1f - distance / content);
    }

    private static float content(byte[] sounds, SoundCosts costs) {
        float total = 0;
        for (byte sound : sounds) {
            total += costs.content[sound];
        }
        return total;
    }

    static float distance(byte[] a, byte[] b, SoundCosts costs) {
        float[][] rows = ROWS.get();
        if (rows[0].length < b.length + 1) {
            rows = new float[2][b.length + 1];
            ROWS.set(rows);
        }
        float[] previous = rows[0];
        float[] current = rows[1];
        previous[0] = 0;
        for (int j = 1; j <= b.length; j++) {
            previous[j] = previous[j - 1] + costs.insert[b[j - 1]];
        }
        for (int i = 1; i <= a.length; i++) {
            byte soundA = a[i - 1];
            float insertA = costs.insert[soundA];
            float[] substituteA = costs.substitute[soundA];
            current[0] = previous[0] + insertA;
            for (int j = 1; j <= b.length; j++) {
                float best = previous[j - 1] + substituteA[b[j - 1]];
                float up = previous[j] + insertA;
                float left = current[j - 1] + costs.insert[b[j - 1]];
                current[j] = Math.min(best, Math.min(up, left));
            }
            float[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
