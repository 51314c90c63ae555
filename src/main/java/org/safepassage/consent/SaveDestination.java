package org.safepassage.consent;

import java.util.Locale;
import java.util.regex.Pattern;

/** Command: create a destination, or change one (found by its code). Validated here for page and API alike. */
public record SaveDestination(String code, String nameEn, String nameAr, DestinationKind kind,
        String governoratePcode, boolean corridorOpen, boolean transportAvailable, boolean active) {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final Pattern PCODE = Pattern.compile("SY(0[1-9]|1[0-4])");

    public SaveDestination {
        code = code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        nameEn = blankToNull(nameEn);
        nameAr = blankToNull(nameAr);
        governoratePcode = blankToNull(governoratePcode);
        governoratePcode = governoratePcode == null ? null : governoratePcode.toUpperCase(Locale.ROOT);
    }

    /** The first problem with this command as a message key, or null when it is acceptable. */
    public String problem() {
        if (!CODE.matcher(code).matches()) {
            return "consent.destination.error.code";
        }
        if (nameEn == null || nameAr == null) {
            return "consent.destination.error.names";
        }
        if (kind == null) {
            return "consent.destination.error.kind";
        }
        if (governoratePcode != null && !PCODE.matcher(governoratePcode).matches()) {
            return "consent.destination.error.pcode";
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
