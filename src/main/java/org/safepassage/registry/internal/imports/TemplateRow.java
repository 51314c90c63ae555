package org.safepassage.registry.internal.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.safepassage.registry.BirthDate;
import org.safepassage.registry.ImportFinding;
import org.safepassage.registry.PersonName;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.internal.RegistrationRules;

/**
 * One data row of the template, checked on its own (the rules that need other rows run in SQL once the file
 * is staged). Values are trimmed; blanks are null.
 */
final class TemplateRow {

    static final List<String> COLUMNS = List.of("household_ref", "individual_ref", "relationship", "given_name",
            "father_name", "family_name", "given_name_ar", "father_name_ar", "family_name_ar", "sex",
            "date_of_birth", "origin_pcode", "arrival_date", "shelter_block", "phone", "specific_needs");

    private static final Set<String> SEXES = Set.of("F", "M");
    private static final java.util.regex.Pattern CODE_SEPARATORS = java.util.regex.Pattern.compile("[;,]");
    private static final String RELATIONSHIPS = String.join(", ",
            java.util.Arrays.stream(Relationship.values()).map(Enum::name).toList());

    final int row;
    final String householdRef;
    final String individualRef;
    final String relationship;
    final PersonName name;
    final String sex;
    final BirthDate birthDate;
    final String originPcode;
    final LocalDate arrivalDate;
    final String shelterBlock;
    final String phone;
    final String[] needs;

    private TemplateRow(int row, String[] v, BirthDate birthDate, LocalDate arrivalDate, String[] needs) {
        this.row = row;
        this.householdRef = v[0];
        this.individualRef = v[1];
        this.relationship = v[2] == null ? null : v[2].toUpperCase(Locale.ROOT);
        this.name = new PersonName(v[3], v[4], v[5], v[6], v[7], v[8]);
        this.sex = v[9] == null ? null : v[9].toUpperCase(Locale.ROOT);
        this.birthDate = birthDate;
        this.originPcode = v[11] == null ? null : v[11].toUpperCase(Locale.ROOT);
        this.arrivalDate = arrivalDate;
        this.shelterBlock = v[13];
        this.phone = v[14];
        this.needs = needs;
    }

    /**
     * Checks a row whose cells are already in template order; adds findings to {@code errors}.
     *
     * @return the row, or null when it is entirely empty (spreadsheets keep such rows; they are skipped)
     */
    static TemplateRow check(int row, String[] cells, RegistrationRules rules, List<ImportFinding> errors) {
        String[] v = new String[COLUMNS.size()];
        boolean empty = true;
        for (int i = 0; i < v.length; i++) {
            String cell = i < cells.length ? cells[i] : null;
            v[i] = cell == null || cell.isBlank() ? null : cell.strip();
            empty &= v[i] == null;
        }
        if (empty) {
            return null;
        }
        int before = errors.size();
        require(row, "household_ref", v[0], errors);
        require(row, "individual_ref", v[1], errors);
        for (int i = 0; i < v.length; i++) {
            if (v[i] != null && v[i].length() > RegistrationRules.MAX_TEXT) {
                errors.add(new ImportFinding(row, COLUMNS.get(i), v[i].substring(0, 40) + "…", "too-long",
                        "At most " + RegistrationRules.MAX_TEXT + " characters."));
            }
        }
        if (v[2] == null || !isOneOf(v[2].toUpperCase(Locale.ROOT), Relationship.values())) {
            errors.add(new ImportFinding(row, "relationship", v[2], "bad-relationship",
                    "Expected one of " + RELATIONSHIPS + "."));
        }
        if (v[9] == null || !SEXES.contains(v[9].toUpperCase(Locale.ROOT))) {
            errors.add(new ImportFinding(row, "sex", v[9], "bad-sex", "Expected F or M."));
        }
        BirthDate birth = null;
        if (v[10] == null) {
            errors.add(new ImportFinding(row, "date_of_birth", null, "bad-date",
                    "Date of birth is required: YYYY-MM-DD, or YYYY when only the year is known."));
        } else {
            try {
                birth = birthDate(v[10]);
                if (birth.date().isAfter(rules.today())) {
                    errors.add(new ImportFinding(row, "date_of_birth", v[10], "future-date",
                            "The date of birth is in the future."));
                } else if (birth.date().getYear() < rules.today().getYear() - 120) {
                    errors.add(new ImportFinding(row, "date_of_birth", v[10], "bad-date",
                            "The date of birth is more than 120 years ago."));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new ImportFinding(row, "date_of_birth", v[10], "bad-date",
                        "Expected YYYY-MM-DD, or YYYY when only the year is known."));
            }
        }
        LocalDate arrival = null;
        if (v[12] != null) {
            try {
                arrival = day(v[12]);
                if (arrival == null) {
                    throw new DateTimeParseException("format", v[12], 0);
                }
                if (arrival.isAfter(rules.today())) {
                    errors.add(new ImportFinding(row, "arrival_date", v[12], "future-date",
                            "The arrival date is in the future."));
                }
            } catch (DateTimeParseException e) {
                errors.add(new ImportFinding(row, "arrival_date", v[12], "bad-date", "Expected YYYY-MM-DD."));
            }
        }
        if (v[11] != null && !rules.pcodes().contains(v[11].toUpperCase(Locale.ROOT))) {
            errors.add(new ImportFinding(row, "origin_pcode", v[11], "unknown-pcode",
                    "Unknown P-code; expected a Syrian governorate code SY01 to SY14."));
        }
        if (v[14] != null && !RegistrationRules.PHONE.matcher(v[14]).matches()) {
            errors.add(new ImportFinding(row, "phone", v[14], "bad-phone",
                    "Expected digits, spaces, dashes and an optional leading +."));
        }
        TreeSet<String> needs = new TreeSet<>();
        if (v[15] != null) {
            for (String code : CODE_SEPARATORS.split(v[15])) {
                String c = code.strip().toUpperCase(Locale.ROOT);
                if (c.isEmpty()) {
                    continue;
                }
                if (!rules.needsCodes().contains(c)) {
                    errors.add(new ImportFinding(row, "specific_needs", code.strip(), "unknown-needs-code",
                            "Unknown or inactive specific-needs code; codes are separated by ';' (e.g. SM-CI;DS-PM)."));
                }
                needs.add(c);
            }
        }
        var result = new TemplateRow(row, v, birth, arrival, needs.toArray(String[]::new));
        if (!result.name.isComplete()) {
            errors.add(new ImportFinding(row, null, null, "missing-name",
                    "At least one full name is required: given_name and family_name, "
                            + "or given_name_ar and family_name_ar."));
        }
        return errors.size() == before ? result : result.invalid();
    }

    /**
     * The template's date of birth, as {@link BirthDate#parse} reads it; the usual forms are read without a
     * regex and a date formatter, which a large import would run a million times.
     */
    private static BirthDate birthDate(String text) {
        if (text.length() == 4 && digits(text, 0, 4)) {
            return BirthDate.ofYear(Integer.parseInt(text));
        }
        try {
            LocalDate day = day(text);
            return day != null ? BirthDate.of(day) : BirthDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("no such date: '" + text + "'", e);
        }
    }

    /**
     * A day written YYYY-MM-DD, or null when the text has another form.
     *
     * @throws DateTimeParseException when it has that form but there is no such day
     */
    private static LocalDate day(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-' || !digits(text, 0, 4)
                || !digits(text, 5, 7) || !digits(text, 8, 10)) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException("no such day", text, 0, e);
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private boolean valid = true;

    private TemplateRow invalid() {
        valid = false;
        return this;
    }

    boolean valid() {
        return valid;
    }

    private static void require(int row, String column, String value, List<ImportFinding> errors) {
        if (value == null) {
            errors.add(new ImportFinding(row, column, null, "required", "A value is required."));
        }
    }

    private static boolean isOneOf(String value, Enum<?>[] values) {
        for (Enum<?> e : values) {
            if (e.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Header problems: each missing and each unknown or repeated column (row 1). */
    static List<ImportFinding> checkHeader(List<String> header) {
        List<ImportFinding> findings = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String raw : header) {
            String name = normalise(raw);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                findings.add(new ImportFinding(1, raw.strip(), raw.strip(), "unknown-column",
                        "Unknown column; the template's columns are " + String.join(", ", COLUMNS) + "."));
            } else if (seen.contains(name)) {
                findings.add(new ImportFinding(1, name, raw.strip(), "repeated-column", "This column appears twice."));
            }
            seen.add(name);
        }
        for (String column : COLUMNS) {
            if (!seen.contains(column)) {
                findings.add(new ImportFinding(1, column, null, "missing-column", "This column of the template is missing."));
            }
        }
        return findings;
    }

    /** Position of each template column in the file's header. */
    static int[] positions(List<String> header) {
        int[] positions = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            positions[i] = -1;
            for (int j = 0; j < header.size(); j++) {
                if (normalise(header.get(j)).equals(COLUMNS.get(i))) {
                    positions[i] = j;
                    break;
                }
            }
        }
        return positions;
    }

    static String normalise(String headerName) {
        return headerName == null ? "" : headerName.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
