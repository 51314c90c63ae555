package org.safepassage.registry.internal.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of chance. {@link SplittableRandom}'s algorithm is fixed by its specification,
 * so one seed gives the same camp on every JVM; everything drawn goes through here, in one fixed order.
 */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** An integer in [from, to], both included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    double uniform() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of {@code items}, each as likely as its weight. */
    <T> T pick(List<T> items, double[] cumulativeWeights) {
        double total = cumulativeWeights[cumulativeWeights.length - 1];
        double x = random.nextDouble() * total;
        int low = 0;
        int high = cumulativeWeights.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulativeWeights[middle] > x) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return items.get(low);
    }

    /** Picks among alternatives given as value, weight, value, weight, ... */
    @SuppressWarnings("unchecked")
    <T> T weighted(Object... valuesAndWeights) {
        double total = 0;
        for (int i = 1; i < valuesAndWeights.length; i += 2) {
            total += ((Number) valuesAndWeights[i]).doubleValue();
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            x -= ((Number) valuesAndWeights[i + 1]).doubleValue();
            if (x < 0) {
                return (T) valuesAndWeights[i];
            }
        }
        return (T) valuesAndWeights[valuesAndWeights.length - 2];
    }

    /** A count with the given mean, never below zero (Poisson, fine for small means). */
    int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
