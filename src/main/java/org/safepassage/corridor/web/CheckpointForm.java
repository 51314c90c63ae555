package org.safepassage.corridor.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safepassage.corridor.Checkpoint;
import org.safepassage.corridor.CheckpointDetails;
import org.safepassage.corridor.GeoPoint;
import org.safepassage.corridor.OpeningHours;
import org.safepassage.corridor.Violation;

/** What the checkpoint form holds, as typed; numbers and times are read here so a typo is a message, not an error. */
record CheckpointForm(String code, String nameEn, String nameAr, String sequence, String latitude,
        String longitude, String expectedMinutes, String operator, String opensAt, String closesAt,
        String capacityPerHour, String liaisonName, String liaisonPhone, String operatorAr) {

    static CheckpointForm next(int sequence) {
        return new CheckpointForm("", "", "", Integer.toString(sequence), "", "", "", "", "", "", "", "", "", "");
    }

    static CheckpointForm of(Checkpoint c) {
        var hours = c.openingHours();
        return new CheckpointForm(c.code(), c.nameEn(), c.nameAr(), Integer.toString(c.sequence()),
                String.format(Locale.ROOT, "%.5f", c.position().latitude()),
                String.format(Locale.ROOT, "%.5f", c.position().longitude()),
                Integer.toString(c.expectedMinutesFromCamp()), c.operator(),
                hours.aroundTheClock() ? "" : hours.opens().toString(), hours.aroundTheClock() ? "" : hours.closes().toString(),
                c.capacityPerHour() == null ? "" : c.capacityPerHour().toString(),
                c.liaisonName() == null ? "" : c.liaisonName(), c.liaisonPhone() == null ? "" : c.liaisonPhone(),
                c.operatorAr() == null ? "" : c.operatorAr());
    }

    Parsed details() {
        List<Violation> unreadable = new ArrayList<>();
        Integer parsedSequence = integer(sequence, "sequence", "checkpoint.error.sequence", unreadable);
        Integer minutes = integer(expectedMinutes, "expectedMinutesFromCamp", "checkpoint.error.expectedMinutes", unreadable);
        Integer capacity = integer(capacityPerHour, "capacityPerHour", "checkpoint.error.capacity", unreadable);
        GeoPoint position = null;
        try {
            if (!blank(latitude) && !blank(longitude)) {
                position = new GeoPoint(Double.parseDouble(longitude.strip()), Double.parseDouble(latitude.strip()));
            }
        } catch (IllegalArgumentException e) {
            unreadable.add(new Violation("position", "checkpoint.error.position"));
        }
        OpeningHours hours = OpeningHours.AROUND_THE_CLOCK;
        try {
            if (!blank(opensAt) || !blank(closesAt)) {
                hours = new OpeningHours(time(opensAt), time(closesAt));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            unreadable.add(new Violation("openingHours", "checkpoint.error.hours"));
        }
        var details = new CheckpointDetails(code, nameEn, nameAr, parsedSequence, position, minutes, operator, hours,
                capacity, liaisonName, liaisonPhone, operatorAr);
        List<Violation> violations = new ArrayList<>(unreadable);
        details.violations().stream()
                .filter(v -> unreadable.stream().noneMatch(u -> u.field().equals(v.field())))
                .forEach(violations::add);
        return new Parsed(details, violations);
    }

    record Parsed(CheckpointDetails details, List<Violation> violations) {
    }

    private static Integer integer(String text, String field, String key, List<Violation> unreadable) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            unreadable.add(new Violation(field, key));
            return null;
        }
    }

    private static LocalTime time(String text) {
        return blank(text) ? null : LocalTime.parse(text.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
