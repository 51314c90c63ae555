package org.safepassage.corridor.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.safepassage.corridor.CorridorManagement;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Times on the corridor pages, in the operation's local time (as staff at the checkpoints read their watches). */
@ControllerAdvice(basePackageClasses = LocalTimes.class)
class LocalTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    LocalTimes(CorridorManagement corridors) {
        this.zone = corridors.zone();
    }

    @ModelAttribute("times")
    LocalTimes times() {
        return this;
    }

    public String at(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(zone));
    }

    public String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }

    public String zone() {
        return zone.getId();
    }
}
