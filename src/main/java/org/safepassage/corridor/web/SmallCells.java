package org.safepassage.corridor.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.safepassage.corridor.Throughput;

/**
 * Throughput as the API answers it. For those who see aggregates only, a period in which 1 to 4 people passed
 * is suppressed: its counts are null and {@code suppressed} is true, so nobody can be singled out.
 */
record SmallCells(UUID checkpointId, LocalDate from, LocalDate to, List<Period> hours, List<Period> days) {

    record Period(LocalDateTime start, Long people, Long households, boolean suppressed) {
    }

    static SmallCells of(Throughput throughput, boolean suppress) {
        return new SmallCells(throughput.checkpointId(), throughput.from(), throughput.to(),
                throughput.hours().stream().map(h -> period(h.start(), h.people(), h.households(), suppress)).toList(),
                throughput.days().stream()
                        .map(d -> period(d.day().atStartOfDay(), d.people(), d.households(), suppress)).toList());
    }

    private static Period period(LocalDateTime start, long people, long households, boolean suppress) {
        boolean small = suppress && people > 0 && people < Viewer.SMALL_CELL;
        return small ? new Period(start, null, null, true) : new Period(start, people, households, false);
    }
}
