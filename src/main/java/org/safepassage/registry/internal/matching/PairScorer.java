package org.safepassage.registry.internal.matching;

import java.util.List;

/**
 * Weighs the evidence that two registrations are one person, in the manner of Fellegi and Sunter: each
 * comparison adds log2(m/u) bits, where m is how often it comes out this way for the same person registered
 * twice and u how often for two different people. Agreeing on a rare name is worth more than agreeing on
 * Muhammad (u is the name's frequency in the population being searched); a different given name weighs
 * heavily against, because brothers, twins and cousins share everything else. The m-values are judgements
 * about registration in camps (how often a second registration keeps the date of birth, the phone, the
 * father's name), not fitted to any one file.
 */
final class PairScorer {

    private final PersonRecords records;
    private final NameComparison names;
    private final NameTable table;
    private final double[] originFrequency = new double[100];

    PairScorer(PersonRecords records) {
        this.records = records;
        this.names = new NameComparison(records);
        this.table = records.names();
        int[] origins = new int[100];
        for (int person = 0; person < records.size(); person++) {
            origins[records.origin(person)]++;
        }
        for (int pcode = 0; pcode < origins.length; pcode++) {
            originFrequency[pcode] = (origins[pcode] + 20.0 * 0.1) / (records.size() + 20.0);
        }
    }

    /** The weight of evidence in bits; findings (when not null) receive what it was made of. */
    float weigh(int a, int b, List<Evidence.Finding> findings) {
        float weight = person(a, b, findings);
        if (records.household(a) == records.household(b)) {
            weight += note(findings, Evidence.SAME_HOUSEHOLD, 0, 0.5f);
        } else if (weight >= HOUSEHOLD_FLOOR) {
            weight += parents(a, b, findings);
        }
        return weight;
    }

    /** Below this the pair is no candidate anyway, so its households are not looked at. */
    private static final float HOUSEHOLD_FLOOR = 5f;

    private float person(int a, int b, List<Evidence.Finding> findings) {
        return names(a, b, findings) + birth(a, b, findings) + sex(a, b, findings) + origin(a, b, findings)
                + phone(a, b, findings);
    }

    // --- households: a person living with their parents twice over, with two different mothers, is two people ---

    private float parents(int a, int b, List<Evidence.Finding> findings) {
        float weight = 0;
        int motherA = records.mother(a);
        int motherB = records.mother(b);
        if (motherA >= 0 && motherB >= 0 && motherA != motherB) {
            float given = names.similarity(motherA, NamePart.GIVEN, motherB, NamePart.GIVEN);
            if (given >= 0 && given < 0.8f) {
                weight += note(findings, Evidence.MOTHERS_DIFFERENT, 0, -6f);
            } else if (given >= 0.93f && Math.abs(records.year(motherA) - records.year(motherB)) <= 2) {
                weight += note(findings, Evidence.MOTHERS_SAME, 0, 2f);
            }
        }
        int fatherA = records.father(a);
        int fatherB = records.father(b);
        if (fatherA >= 0 && fatherB >= 0 && fatherA != fatherB && person(fatherA, fatherB, null) < 0) {
            weight += note(findings, Evidence.FATHERS_DIFFERENT, 0, -5f);
        }
        return weight;
    }

    // --- names ---

    private float names(int a, int b, List<Evidence.Finding> findings) {
        float given = names.similarity(a, NamePart.GIVEN, b, NamePart.GIVEN);
        float father = names.similarity(a, NamePart.FATHER, b, NamePart.FATHER);
        float family = names.similarity(a, NamePart.FAMILY, b, NamePart.FAMILY);
        float straight = part(NamePart.GIVEN, a, b, given, null) + part(NamePart.FATHER, a, b, father, null)
                + part(NamePart.FAMILY, a, b, family, null);
        float swappedGiven = names.similarity(a, NamePart.GIVEN, b, NamePart.FAMILY);
        float swappedFamily = names.similarity(a, NamePart.FAMILY, b, NamePart.GIVEN);
        float swapped = Float.NEGATIVE_INFINITY;
        if (swappedGiven >= 0.85f && swappedFamily >= 0.85f && (given < 0.88f || family < 0.88f)) {
            swapped = part(NamePart.GIVEN, a, b, swappedGiven, null) + part(NamePart.FATHER, a, b, father, null)
                    + part(NamePart.FAMILY, a, b, swappedFamily, null) - SWAP_PENALTY;
        }
        if (swapped > straight) {
            if (findings != null) {
                note(findings, Evidence.NAMES_SWAPPED, 0, -SWAP_PENALTY);
                part(NamePart.GIVEN, a, b, swappedGiven, findings);
                part(NamePart.FATHER, a, b, father, findings);
                part(NamePart.FAMILY, a, b, swappedFamily, findings);
            }
            return swapped;
        }
        if (findings != null) {
            part(NamePart.GIVEN, a, b, given, findings);
            part(NamePart.FATHER, a, b, father, findings);
            part(NamePart.FAMILY, a, b, family, findings);
            if (straight > 0 && straight < COMMON_NAMES_BITS && given >= 0.95f && family >= 0.95f) {
                note(findings, Evidence.COMMON_NAME, 0, 0);
            }
        }
        return straight;
    }

    /** Given and family names written in each other's fields is a slip, but it is also what strangers share. */
    private static final float SWAP_PENALTY = 1.5f;
    /** Below this (the review bar), the same full name is common enough that it proves little by itself. */
    private static final float COMMON_NAMES_BITS = 13f;

    /**
     * The weight of one name part's similarity: the full weight of agreement (log2 m/u, less for a frequent
     * name) for the same name, somewhat less for a spelling variant, and strongly against for a different name;
     * nothing either way when one registration lacks the part.
     */
    private float part(NamePart part, int a, int b, float similarity, List<Evidence.Finding> findings) {
        if (similarity < 0) {
            Evidence missing = switch (part) {
                case FATHER -> Evidence.FATHER_MISSING;
                case FAMILY -> Evidence.FAMILY_MISSING;
                default -> null;
            };
            return missing == null ? 0 : note(findings, missing, 0, 0);
        }
        float agree = Math.min(agreement(part, a), agreement(part, b)); // the commoner spelling: symmetric
        float disagree = part == NamePart.GIVEN ? -10f : part == NamePart.FATHER ? -7f : -6f;
        float weight;
        Evidence evidence;
        if (similarity >= 0.95f) {
            weight = agree;
            evidence = similarity >= 0.999f ? same(part) : spelling(part);
        } else if (similarity >= 0.88f) {
            weight = lerp(agree - 2, agree, (similarity - 0.88f) / 0.07f);
            evidence = spelling(part);
        } else if (similarity >= 0.80f) {
            weight = lerp(-4f, agree - 2, (similarity - 0.80f) / 0.08f);
            evidence = close(part);
        } else {
            weight = disagree;
            evidence = different(part);
        }
        return note(findings, evidence, 0, weight);
    }

    private float agreement(NamePart part, int a) {
        int latinKey = table.key(records.latin(part, a));
        int arabicKey = table.key(records.arabic(part, a));
        double frequency = Math.max(table.frequency(part, latinKey), table.frequency(part, arabicKey));
        double m = part == NamePart.FATHER ? 0.85 : 0.9;
        return (float) Math.max(1, Math.min(12, log2(m / frequency)));
    }

    private static Evidence same(NamePart part) {
        return switch (part) {
            case GIVEN -> Evidence.GIVEN_SAME;
            case FATHER -> Evidence.FATHER_SAME;
            case FAMILY -> Evidence.FAMILY_SAME;
        };
    }

    private static Evidence spelling(NamePart part) {
        return switch (part) {
            case GIVEN -> Evidence.GIVEN_SPELLING;
            case FATHER -> Evidence.FATHER_SPELLING;
            case FAMILY -> Evidence.FAMILY_SPELLING;
        };
    }

    private static Evidence close(NamePart part) {
        return switch (part) {
            case GIVEN -> Evidence.GIVEN_CLOSE;
            case FATHER -> Evidence.FATHER_CLOSE;
            case FAMILY -> Evidence.FAMILY_CLOSE;
        };
    }

    private static Evidence different(NamePart part) {
        return switch (part) {
            case GIVEN -> Evidence.GIVEN_DIFFERENT;
            case FATHER -> Evidence.FATHER_DIFFERENT;
            case FAMILY -> Evidence.FAMILY_DIFFERENT;
        };
    }

    // --- date of birth: typing slips are common, so are guessed years for adults ---

    private float birth(int a, int b, List<Evidence.Finding> findings) {
        int yearA = records.year(a);
        int yearB = records.year(b);
        if (yearA == 0 || yearB == 0) {
            return note(findings, Evidence.BIRTH_MISSING, 0, 0);
        }
        int apart = Math.abs(yearA - yearB);
        boolean full = !records.yearOnly(a) && !records.yearOnly(b);
        int monthA = records.month(a);
        int monthB = records.month(b);
        int dayA = records.day(a);
        int dayB = records.day(b);
        if (full) {
            if (apart == 0 && monthA == monthB && dayA == dayB) {
                return note(findings, Evidence.BIRTH_SAME, 0, 10f);
            }
            if (apart == 0 && monthA == dayB && dayA == monthB) {
                return note(findings, Evidence.BIRTH_DAY_MONTH_SWAPPED, 0, 7f);
            }
            if (apart == 0 && monthA == monthB && Math.abs(dayA - dayB) <= 3) {
                return note(findings, Evidence.BIRTH_DAY_CLOSE, 0, 6f);
            }
            if (apart == 1 && monthA == monthB && dayA == dayB) {
                return note(findings, Evidence.BIRTH_YEAR_OFF_SAME_DAY, 1, 6.5f);
            }
            if (apart == 0) {
                return note(findings, Evidence.BIRTH_SAME_YEAR, 0, 1f);
            }
        } else if (apart == 0) {
            return note(findings, Evidence.BIRTH_SAME_YEAR_ONLY, 0, 4f);
        }
        float weight = switch (apart) {
            case 1 -> full ? -1f : -0.5f;
            case 2 -> -4f;
            default -> -Math.min(12f, 3f + apart);
        };
        return note(findings, Evidence.BIRTH_YEARS_APART, apart, weight);
    }

    // --- sex, origin, phone ---

    private float sex(int a, int b, List<Evidence.Finding> findings) {
        byte sexA = records.sex(a);
        byte sexB = records.sex(b);
        if (sexA == PersonRecords.UNKNOWN || sexB == PersonRecords.UNKNOWN) {
            return 0;
        }
        return sexA == sexB ? note(findings, Evidence.SEX_SAME, 0, 0.9f) : note(findings, Evidence.SEX_DIFFERENT, 0, -4.5f);
    }

    private float origin(int a, int b, List<Evidence.Finding> findings) {
        int originA = records.origin(a);
        int originB = records.origin(b);
        if (originA == 0 || originB == 0) {
            return 0;
        }
        if (originA == originB) {
            return note(findings, Evidence.ORIGIN_SAME, 0, (float) Math.min(3, log2(0.95 / originFrequency[originA])));
        }
        return note(findings, Evidence.ORIGIN_DIFFERENT, 0, -3f);
    }

    private float phone(int a, int b, List<Evidence.Finding> findings) {
        long phoneA = records.phone(a);
        long phoneB = records.phone(b);
        if (phoneA == 0 || phoneB == 0) {
            return 0;
        }
        if (phoneA == phoneB) {
            return note(findings, Evidence.PHONE_SAME, 0, 7f);
        }
        if (oneDigitApart(phoneA, phoneB)) {
            return note(findings, Evidence.PHONE_ONE_DIGIT, 0, 4f);
        }
        return note(findings, Evidence.PHONE_DIFFERENT, 0, -1f); // people change SIM cards
    }

    static boolean oneDigitApart(long a, long b) {
        int differences = 0;
        while (a > 0 || b > 0) {
            if (a % 10 != b % 10 && ++differences > 1) {
                return false;
            }
            a /= 10;
            b /= 10;
        }
        return differences == 1;
    }

    private static float note(List<Evidence.Finding> findings, Evidence evidence, int number, float weight) {
        if (findings != null) {
            findings.add(new Evidence.Finding(evidence, number, weight));
        }
        return weight;
    }

    private static float lerp(float from, float to, float t) {
        return from + (to - from) * Math.max(0f, Math.min(1f, t));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
