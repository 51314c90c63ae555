package org.safepassage.registry.internal.matching;

/**
 * What a comparison of two registrations found, in words a clerk understands. Each has a message in the
 * registry's bundles ({@code dedup.reason.*}, English and Arabic); {@link #messageKey()} names it.
 */
public enum Evidence {
    GIVEN_SAME("given.same"),
    GIVEN_SPELLING("given.spelling"),
    GIVEN_CLOSE("given.close"),
    GIVEN_DIFFERENT("given.different"),
    FATHER_SAME("father.same"),
    FATHER_SPELLING("father.spelling"),
    FATHER_CLOSE("father.close"),
    FATHER_DIFFERENT("father.different"),
    FATHER_MISSING("father.missing"),
    FAMILY_SAME("family.same"),
    FAMILY_SPELLING("family.spelling"),
    FAMILY_CLOSE("family.close"),
    FAMILY_DIFFERENT("family.different"),
    FAMILY_MISSING("family.missing"),
    NAMES_SWAPPED("names.swapped"),
    COMMON_NAME("names.common"),
    BIRTH_SAME("birth.same"),
    BIRTH_DAY_MONTH_SWAPPED("birth.dayMonthSwapped"),
    BIRTH_DAY_CLOSE("birth.dayClose"),
    BIRTH_YEAR_OFF_SAME_DAY("birth.yearOffSameDay"),
    BIRTH_SAME_YEAR("birth.sameYear"),
    BIRTH_SAME_YEAR_ONLY("birth.sameYearOnly"),
    BIRTH_YEARS_APART("birth.yearsApart"),
    BIRTH_MISSING("birth.missing"),
    SEX_SAME("sex.same", false),
    SEX_DIFFERENT("sex.different"),
    ORIGIN_SAME("origin.same"),
    ORIGIN_DIFFERENT("origin.different"),
    PHONE_SAME("phone.same"),
    PHONE_ONE_DIGIT("phone.oneDigit"),
    PHONE_DIFFERENT("phone.different"),
    SAME_HOUSEHOLD("household.same"),
    MOTHERS_SAME("household.sameMother"),
    MOTHERS_DIFFERENT("household.otherMother"),
    FATHERS_DIFFERENT("household.otherFather");

    private final String key;
    private final boolean told;

    Evidence(String key) {
        this(key, true);
    }

    Evidence(String key, boolean told) {
        this.key = key;
        this.told = told;
    }

    /** Whether a clerk is told of it: that two records give the same sex goes without saying. */
    public boolean told() {
        return told;
    }

    public String messageKey() {
        return "dedup.reason." + key;
    }

    /** One finding: the evidence, its number where it has one (years apart), and what it weighed in bits. */
    public record Finding(Evidence evidence, int number, float weight) {
    }
}
