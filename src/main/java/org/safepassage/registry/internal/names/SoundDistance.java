package org.safepassage.registry.internal.names;

/**
 * Weighted edit distance between two rows of sounds (Damerau-Levenshtein with the costs of {@link SoundCosts}:
 * two neighbouring consonants typed in the wrong order, Hamdan/Hadman, cost half a letter),
 * turned into a similarity: 1 for the same name, 0 for nothing in common. commons-text's edit distances
 * count every edit as 1, which would make “Mohammed”/“محمد” as far apart as “Mohammed”/“Mahmoud”; the costs
 * are the whole point, so the few lines of dynamic programming are written here.
 */
final class SoundDistance {

    private static final ThreadLocal<float[][]> ROWS = ThreadLocal.withInitial(() -> new float[3][64]);
    private static final float TRANSPOSE = 0.5f;

    private SoundDistance() {
    }

    static float similarity(byte[] a, byte[] b, SoundCosts.Kind kind) {
        SoundCosts costs = SoundCosts.of(kind);
        return similarity(a, content(a, costs), b, content(b, costs), costs);
    }

    /** With the contents of both rows known (a name's content is computed once, see {@link NameForm}). */
    static float similarity(byte[] a, float contentA, byte[] b, float contentB, SoundCosts costs) {
        float content = Math.max(Math.max(contentA, contentB), 1f);
        float distance = distance(a, b, costs);
        return Math.max(0f, 1f - distance / content);
    }

    static float content(byte[] sounds, SoundCosts costs) {
        float total = 0;
        for (byte sound : sounds) {
            total += costs.content[sound];
        }
        return total;
    }

    static float distance(byte[] a, byte[] b, SoundCosts costs) {
        float[][] rows = ROWS.get();
        if (rows[0].length < b.length + 1) {
            rows = new float[3][b.length + 1];
            ROWS.set(rows);
        }
        float[] beforePrevious = rows[2];
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
                best = Math.min(best, Math.min(up, left));
                if (i > 1 && j > 1 && soundA == b[j - 2] && a[i - 2] == b[j - 1] && soundA != a[i - 2]
                        && Sound.isConsonant(soundA) && Sound.isConsonant(a[i - 2])) {
                    best = Math.min(best, beforePrevious[j - 2] + TRANSPOSE);
                }
                current[j] = best;
            }
            float[] oldest = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = oldest;
        }
        return previous[b.length];
    }
}
