package org.safepassage.registry.internal.matching;

import java.util.Arrays;

/**
 * Decides which pairs of people are compared at all: only those that share a block. A million people make
 * half a trillion pairs; blocks keep it to a few tens of millions while a second registration still meets its
 * first one through at least one of several keys, each robust to a different slip:
 *
 * <ol>
 * <li>the same phone number;</li>
 * <li>the same given, father's and family name (any order), born within three years (guessed ages);</li>
 * <li>given and family name (any order: swapped fields), sex, born within a year of each other (the father's
 * name is what second registrations most often lack);</li>
 * <li>given and father's name (the family name misspelled, or a woman's registered under her husband's),
 * sex, born the same year;</li>
 * <li>father's and family name (the given name misspelled or abbreviated), sex, born the same year;</li>
 * <li>given name and the full date of birth (family and father's name both written differently);</li>
 * <li>family name and the full date of birth (given name mistyped, father's name left out).</li>
 * </ol>
 *
 * Names enter as coarse keys (the consonant skeletons of {@code NameForm#key}), of both scripts when a
 * person has both. All keys go into one sorted array of longs ({@code rule | key hash | birth year | person});
 * a block is a run of equal rule and hash, sorted by year, so the two-year window is a short scan. A pair that
 * shares several blocks is compared once, in the first of them.
 */
final class Blocking {

    static final int RULES = 7;
    private static final int PHONE = 0, ALL_NAMES = 1, GIVEN_FAMILY = 2, GIVEN_FATHER = 3, FATHER_FAMILY = 4,
            GIVEN_BIRTH = 5, FAMILY_BIRTH = 6;
    private static final int YEARS = 1;
    private static final int YEARS_ALL_NAMES = 3;

    private static final int PERSON_BITS = 22;
    private static final int YEAR_BITS = 9;
    private static final int HASH_BITS = 29;
    static final int MAX_PEOPLE = 1 << PERSON_BITS;

    private final PersonRecords records;
    /** Every (rule | hash | year | person), sorted: runs of equal (rule | hash) are the blocks. */
    final long[] entries;
    /** Each person's block keys (rule | hash), sorted, at [offsets[p], offsets[p + 1]). */
    private final long[] personKeys;
    private final int[] offsets;

    Blocking(PersonRecords records) {
        if (records.size() >= MAX_PEOPLE) {
            throw new IllegalArgumentException("at most " + (MAX_PEOPLE - 1) + " people can be compared at once");
        }
        this.records = records;
        offsets = new int[records.size() + 1];
        long[][] keysByPerson = new long[records.size()][];
        int total = 0;
        for (int person = 0; person < records.size(); person++) {
            long[] keys = keysOf(person);
            keysByPerson[person] = keys;
            total += keys.length;
        }
        personKeys = new long[total];
        entries = new long[total];
        int at = 0;
        for (int person = 0; person < records.size(); person++) {
            offsets[person] = at;
            for (long key : keysByPerson[person]) {
                personKeys[at] = key;
                entries[at] = (key << (YEAR_BITS + PERSON_BITS)) | ((long) yearBits(person) << PERSON_BITS) | person;
                at++;
            }
            keysByPerson[person] = null;
        }
        offsets[records.size()] = at;
        Arrays.parallelSort(entries);
    }

    int size() {
        return entries.length;
    }

    /** The people who share a block with the probe (see {@link PersonRecords#probe}), each once. */
    java.util.Set<Integer> candidatesOf(int probe) {
        var candidates = new java.util.LinkedHashSet<Integer>();
        int probeYear = yearBits(probe);
        for (long key : keysOf(probe)) {
            int window = window(key);
            int at = firstEntryAtOrAfter(key << (YEAR_BITS + PERSON_BITS));
            for (; at < entries.length && block(entries[at]) == key; at++) {
                int year = year(entries[at]);
                if (window < 0 || year == 0 || probeYear == 0 || Math.abs(year - probeYear) <= window) {
                    candidates.add(person(entries[at]));
                }
            }
        }
        return candidates;
    }

    private int firstEntryAtOrAfter(long value) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    static long block(long entry) {
        return entry >>> (YEAR_BITS + PERSON_BITS);
    }

    static int person(long entry) {
        return (int) (entry & ((1 << PERSON_BITS) - 1));
    }

    static int year(long entry) {
        return (int) ((entry >>> PERSON_BITS) & ((1 << YEAR_BITS) - 1));
    }

    /** How many years apart two people of this block may be born and still be compared (-1: any). */
    static int window(long block) {
        int rule = (int) (block >>> HASH_BITS);
        return switch (rule) {
            case GIVEN_FAMILY -> YEARS;
            case GIVEN_FATHER, FATHER_FAMILY -> 0;
            case ALL_NAMES -> YEARS_ALL_NAMES;
            default -> -1;
        };
    }

    /** Whether entries i and j of one block (j after i, so born no earlier) are close enough in years. */
    static boolean withinWindow(int yearI, int yearJ, int window) {
        return window < 0 || yearI == 0 || yearJ == 0 || yearJ - yearI <= window;
    }

    /**
     * Whether the pair meets first in this block: it shares no block that comes earlier in the order of rules
     * and keys, so the pair is compared here and nowhere else.
     */
    boolean firstMeeting(int a, int b, long block) {
        int i = offsets[a];
        int endA = offsets[a + 1];
        int j = offsets[b];
        int endB = offsets[b + 1];
        while (i < endA && j < endB) {
            long keyA = personKeys[i];
            if (keyA >= block) {
                return true;
            }
            long keyB = personKeys[j];
            if (keyA < keyB) {
                i++;
            } else if (keyB < keyA) {
                j++;
            } else {
                if (closeInYears(a, b, window(keyA))) {
                    return false;
                }
                i++;
                j++;
            }
        }
        return true;
    }

    private boolean closeInYears(int a, int b, int window) {
        int yearA = records.year(a);
        int yearB = records.year(b);
        return window < 0 || yearA == 0 || yearB == 0 || Math.abs(yearA - yearB) <= window;
    }

    private int yearBits(int person) {
        int year = records.year(person);
        return year == 0 ? 0 : Math.max(1, Math.min((1 << YEAR_BITS) - 1, year - 1800));
    }

    /** The person's block keys (rule in the top bits, then the hash), sorted and without repeats. */
    private long[] keysOf(int person) {
        long[] given = nameKeys(NamePart.GIVEN, person);
        long[] father = nameKeys(NamePart.FATHER, person);
        long[] family = nameKeys(NamePart.FAMILY, person);
        long[] keys = new long[1 + given.length * father.length * family.length + given.length * family.length
                + given.length * father.length + father.length * family.length + given.length + family.length];
        boolean fullDate = !records.yearOnly(person) && records.year(person) != 0;
        long sex = records.sex(person);
        int date = records.year(person) * 10_000 + records.month(person) * 100 + records.day(person);
        int n = 0;
        long phone = records.phone(person);
        if (phone != 0) {
            keys[n++] = key(PHONE, phone, 0, 0);
        }
        for (long g : given) {
            for (long f : father) {
                for (long l : family) {
                    long[] three = {g, f, l};
                    Arrays.sort(three);
                    keys[n++] = key(ALL_NAMES, three[0], three[1], three[2]);
                }
            }
            for (long l : family) {
                keys[n++] = key(GIVEN_FAMILY, Math.min(g, l), Math.max(g, l), sex);
            }
            for (long f : father) {
                keys[n++] = key(GIVEN_FATHER, Math.min(g, f), Math.max(g, f), sex);
            }
            if (fullDate) {
                keys[n++] = key(GIVEN_BIRTH, g, date, 0);
            }
        }
        if (fullDate) {
            for (long l : family) {
                keys[n++] = key(FAMILY_BIRTH, l, date, 0);
            }
        }
        for (long f : father) {
            for (long l : family) {
                keys[n++] = key(FATHER_FAMILY, Math.min(f, l), Math.max(f, l), sex);
            }
        }
        long[] sorted = Arrays.copyOf(keys, n);
        Arrays.sort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
    }

    /** The distinct coarse keys of one name part (one per script written), as numbers; none when blank. */
    private long[] nameKeys(NamePart part, int person) {
        NameTable names = records.names();
        int latin = names.key(records.latin(part, person));
        int arabic = names.key(records.arabic(part, person));
        if (latin < 0 && arabic < 0) {
            return new long[0];
        }
        if (latin < 0 || arabic < 0 || latin == arabic) {
            return new long[] {Math.max(latin, arabic) + 1L};
        }
        return new long[] {latin + 1L, arabic + 1L};
    }

    private static long key(int rule, long x, long y, long z) {
        long h = x * 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 29) ^ y) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 31) ^ z) * 0x94D049BB133111EBL;
        h ^= h >>> 32;
        return ((long) rule << HASH_BITS) | (h & ((1L << HASH_BITS) - 1));
    }
}
