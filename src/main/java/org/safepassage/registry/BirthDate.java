package org.safepassage.registry;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date of birth as far as it is known: a full date, or only the year (kept as 1 January of that year with
 * {@code yearOnly}, so ages stay honest about their precision).
 */
public record BirthDate(LocalDate date, boolean yearOnly) {

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public BirthDate {
        Objects.requireNonNull(date, "date");
        if (yearOnly && (date.getMonthValue() != 1 || date.getDayOfMonth() != 1)) {
            throw new IllegalArgumentException("a year-only birth date is kept as 1 January of that year");
        }
    }

    public static BirthDate ofYear(int year) {
        return new BirthDate(LocalDate.of(year, 1, 1), true);
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date, false);
    }

    /**
     * Reads the template's form: {@code YYYY-MM-DD}, or {@code YYYY} when only the year is known.
     *
     * @throws IllegalArgumentException when the text is neither
     */
    public static BirthDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no date given");
        }
        String value = text.trim();
        if (YEAR.matcher(value).matches()) {
            return ofYear(Integer.parseInt(value));
        }
        if (!DAY.matcher(value).matches()) {
            throw new IllegalArgumentException("expected YYYY-MM-DD or YYYY, got '" + value + "'");
        }
        try {
            return of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("no such date: '" + value + "'");
        }
    }

    /** Age in whole years on the given day (for a year-only date: as if born on 1 January). */
    public int ageOn(LocalDate day) {
        return Math.max(0, Period.between(date, day).getYears());
    }

    /** The template's form back: {@code 1984} or {@code 1984-03-07}. */
    @Override
    public String toString() {
        return yearOnly ? String.format("%04d", date.getYear()) : date.toString();
    }
}
