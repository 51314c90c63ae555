package org.safepassage.corridor;

import java.time.LocalTime;

/**
 * When a checkpoint lets people through, in the operation's local time. Without hours it is open around
 * the clock; hours that close before they open run past midnight (e.g. 20:00–06:00).
 */
public record OpeningHours(LocalTime opens, LocalTime closes) {

    public static final OpeningHours AROUND_THE_CLOCK = new OpeningHours(null, null);

    public OpeningHours {
        if ((opens == null) != (closes == null)) {
            throw new IllegalArgumentException("Opening hours need both an opening and a closing time, or neither");
        }
        if (opens != null && opens.equals(closes)) {
            throw new IllegalArgumentException("A checkpoint cannot open and close at the same time");
        }
    }

    public boolean aroundTheClock() {
        return opens == null;
    }

    public boolean isOpenAt(LocalTime time) {
        if (aroundTheClock()) {
            return true;
        }
        if (opens.isBefore(closes)) {
            return !time.isBefore(opens) && time.isBefore(closes);
        }
        return !time.isBefore(opens) || time.isBefore(closes);
    }

    @Override
    public String toString() {
        return aroundTheClock() ? "24h" : opens + "–" + closes;
    }
}
