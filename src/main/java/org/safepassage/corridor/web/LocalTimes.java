package org.safepassage.corridor.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.safepassage.corridor.CorridorManagement;
import org.safepassage.corridor.OpeningHours;
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

    /** Date and time, isolated as left-to-right text so it keeps its order inside an Arabic sentence. */
    public String at(Instant instant) {
        return instant == null ? "—" : isolated(DATE_TIME.format(instant.atZone(zone)));
    }

    public String time(Instant instant) {
        return instant == null ? "—" : isolated(TIME.format(instant.atZone(zone)));
    }

    /** Opening hours as local times, e.g. 06:00–18:00; null when open around the clock. */
    public String hours(OpeningHours hours) {
        return hours.aroundTheClock() ? null : isolated(TIME.format(hours.opens()) + "–" + TIME.format(hours.closes()));
    }

    /** Any value (a date, a code) as left-to-right text, whatever the direction of the sentence around it. */
    public String ltr(Object value) {
        return value == null ? "—" : isolated(value.toString());
    }

    /**
     * Free text (a place, an operator) isolated in its own direction, taken from its first strong letter, so a
     * Latin value inside an Arabic sentence (or the other way round) does not reorder the words around it.
     */
    public String own(Object value) {
        return value == null ? "—" : "\u2068" + value + "\u2069";
    }

    private static String isolated(String text) {
        return "\u2066" + text + "\u2069";
    }

    public String zone() {
        return zone.getId();
    }
}
