package org.safepassage.consent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-cell suppression for aggregates shown to people who may not see individuals: a count of 1 to k-1
 * people is withheld. Where the counts of a group add up to a total that is shown, one withheld cell could be
 * worked out from the others, so the smallest other non-zero cell is withheld with it.
 */
final class SmallCells {

    static final int K = 5;

    private SmallCells() {
    }

    static Count suppress(long value) {
        return value > 0 && value < K ? Count.suppressedCount() : Count.of(value);
    }

    /** Suppresses a group of counts whose sum is shown as a total. */
    static List<Count> suppressGroup(List<Long> values) {
        List<Count> counts = new ArrayList<>(values.stream().map(SmallCells::suppress).toList());
        long withheld = counts.stream().filter(Count::suppressed).count();
        if (withheld == 1) {
            IntStream.range(0, values.size())
                    .filter(i -> !counts.get(i).suppressed() && values.get(i) > 0)
                    .boxed()
                    .min(Comparator.comparing(values::get))
                    .ifPresent(i -> counts.set(i, Count.suppressedCount()));
        }
        return List.copyOf(counts);
    }
}
