package org.safepassage.corridor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * How many people passed a checkpoint, per hour and per day of the operation's local time, over the days
 * {@code from} to {@code to} (inclusive). Only periods with passages are listed.
 */
public record Throughput(UUID checkpointId, LocalDate from, LocalDate to, List<Hour> hours, List<Day> days) {

    public Throughput {
        hours = List.copyOf(hours);
        days = List.copyOf(days);
    }

    /** People and distinct households that passed in one hour starting at {@code start}. */
    public record Hour(LocalDateTime start, long people, long households) {
    }

    public record Day(LocalDate day, long people, long households) {
    }

    public long people() {
        return days.stream().mapToLong(Day::people).sum();
    }
}
