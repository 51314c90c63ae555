package org.safepassage.consent;

/**
 * A number of people in a published table. A suppressed count is shown as "fewer than k" and its value is
 * withheld (0), so that a small group cannot be picked out.
 */
public record Count(long value, boolean suppressed) {

    public static Count of(long value) {
        return new Count(value, false);
    }

    static Count suppressedCount() {
        return new Count(0, true);
    }
}
