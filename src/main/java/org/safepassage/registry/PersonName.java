package org.safepassage.registry;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's name in Latin and in Arabic script: given, father's and family name. Blank parts are null.
 * A usable name has at least a given and a family name in one script ({@link #isComplete()}).
 */
public record PersonName(String given, String father, String family, String givenAr, String fatherAr,
        String familyAr) {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public PersonName {
        given = clean(given);
        father = clean(father);
        family = clean(family);
        givenAr = clean(givenAr);
        fatherAr = clean(fatherAr);
        familyAr = clean(familyAr);
    }

    /** The Latin-script parts joined with spaces, or null when there are none. */
    public String latin() {
        return join(given, father, family);
    }

    /** The Arabic-script parts joined with spaces, or null when there are none. */
    public String arabic() {
        return join(givenAr, fatherAr, familyAr);
    }

    /** At least one full name (given and family) in Latin or in Arabic script. */
    public boolean isComplete() {
        return (given != null && family != null) || (givenAr != null && familyAr != null);
    }

    static String clean(String part) {
        if (part == null) {
            return null;
        }
        String trimmed = part.strip();
        if (trimmed.indexOf("  ") >= 0 || trimmed.indexOf('\t') >= 0 || trimmed.indexOf('\n') >= 0) {
            trimmed = SPACES.matcher(trimmed).replaceAll(" ");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String join(String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }
}
