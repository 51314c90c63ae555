package org.safepassage.transport.config;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Moments shown and typed in the operation's local time. */
@Component("transportTimes")
public class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ZoneId zone;

    public Times(TransportProperties properties) {
        this.zone = properties.zone();
    }

    public String format(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(zone));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** For a {@code datetime-local} input. */
    public String input(Instant instant) {
        return instant == null ? "" : INPUT.format(instant.atZone(zone));
    }

    /** From a {@code datetime-local} input; null for a blank or unreadable one. */
    public Instant parse(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(zone).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public ZoneId zone() {
        return zone;
    }
}
