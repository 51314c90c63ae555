package org.safepassage.consent;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Command: create a destination, or change one (found by its code). Validated here for page and API alike.
 * Whether a corridor is open to it is not stated here: the corridor board says so ({@link CorridorBoard}).
 */
public record SaveDestination(String code, String nameEn, String nameAr, DestinationKind kind,
        String governoratePcode, boolean transportAvailable, boolean active) {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final Pattern PCODE = Pattern.compile("SY(0[1-9]|1[0-4])");

    public SaveDestination {
        code = code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        nameEn = blankToNull(nameEn);
        nameAr = blankToNull(nameAr);
        governoratePcode = blankToNull(governoratePcode);
        governoratePcode = governoratePcode == null ? null : governoratePcode.toUpperCase(Locale.ROOT);
    }

    /**
     * The form of the command from when the corridor flag was kept by hand; {@code corridorOpen} is ignored, the
     * corridor board decides it.
     */
    public SaveDestination(String code, String nameEn, String nameAr, DestinationKind kind, String governoratePcode,
            boolean corridorOpen, boolean transportAvailable, boolean active) {
        this(code, nameEn, nameAr, kind, governoratePcode, transportAvailable, active);
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
