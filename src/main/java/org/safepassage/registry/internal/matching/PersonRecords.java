package org.safepassage.registry.internal.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safepassage.registry.internal.template.TemplateRow;

/**
 * The people to compare, held as columns (arrays indexed by person) so that a million of them fit in memory
 * and are read fast: name forms by part and script, sex, date of birth, origin, phone and household.
 */
final class PersonRecords {

    static final byte UNKNOWN = 0, FEMALE = 1, MALE = 2;

    private final int size;
    private final String[] refs;
    private final int[] households;
    private final int[][] latin = new int[3][];
    private final int[][] arabic = new int[3][];
    private final byte[] sex;
    private final short[] year;
    private final byte[] month;
    private final byte[] day;
    private final byte[] origin;
    private final long[] phone;
    private final byte[] relationship;
    /** The person's mother and father when their household shows them (a child with its parents), else -1. */
    private final int[] mother;
    private final int[] father;
    private final NameTable names;

    /** Room for {@code size} people and, after them, one probe: a person typed in, compared with all. */
    private PersonRecords(int size, NameTable names) {
        this.size = size;
        this.names = names;
        int capacity = size + 1;
        refs = new String[capacity];
        households = new int[capacity];
        for (int part = 0; part < 3; part++) {
            latin[part] = new int[capacity];
            arabic[part] = new int[capacity];
        }
        sex = new byte[capacity];
        year = new short[capacity];
        month = new byte[capacity];
        day = new byte[capacity];
        origin = new byte[capacity];
        phone = new long[capacity];
        relationship = new byte[capacity];
        mother = new int[capacity];
        father = new int[capacity];
    }

    static PersonRecords of(List<TemplateRow> rows) {
        var names = new NameTable();
        var records = new PersonRecords(rows.size(), names);
        Map<String, Integer> householdIds = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            TemplateRow row = rows.get(i);
            records.households[i] = row.householdRef().isEmpty() ? -1 - i
                    : householdIds.computeIfAbsent(row.householdRef(), k -> householdIds.size());
            records.read(i, row);
        }
        names.count(records);
        records.findParents(householdIds.size());
        return records;
    }

    private void read(int i, TemplateRow row) {
        refs[i] = row.individualRef();
        set(NamePart.GIVEN, i, row.givenName(), row.givenNameAr());
        set(NamePart.FATHER, i, row.fatherName(), row.fatherNameAr());
        set(NamePart.FAMILY, i, row.familyName(), row.familyNameAr());
        sex[i] = switch (row.sex()) {
            case "F", "f" -> FEMALE;
            case "M", "m" -> MALE;
            default -> UNKNOWN;
        };
        month[i] = 0;
        day[i] = 0;
        year[i] = 0;
        birth(i, row.dateOfBirth());
        origin[i] = origin(row.originPcode());
        phone[i] = phone(row.phone());
        relationship[i] = relationship(row.relationship());
    }

    /**
     * Puts a person typed in (not one of the population) into the probe slot, index {@link #size()}. Not
     * thread-safe: probes take turns (see {@link Linkage#probe}).
     */
    int probe(TemplateRow row) {
        households[size] = Integer.MIN_VALUE; // no one's household
        mother[size] = -1;
        father[size] = -1;
        read(size, row);
        return size;
    }

    private static final String[] RELATIONSHIPS = {"HEAD", "SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDCHILD",
            "OTHER_RELATIVE", "NON_RELATIVE"};
    private static final byte HEAD = 1, SPOUSE = 2, CHILD = 3, PARENT = 4, SIBLING = 5;

    private static byte relationship(String text) {
        for (int i = 0; i < RELATIONSHIPS.length; i++) {
            if (RELATIONSHIPS[i].equalsIgnoreCase(text)) {
                return (byte) (i + 1);
            }
        }
        return 0;
    }

    /**
     * Reads parents off each household: a CHILD's parents are the head and spouse, a HEAD's and a SIBLING's
     * are the household's PARENT members. Only an unambiguous parent (one of each sex) is kept.
     */
    private void findParents(int householdCount) {
        java.util.Arrays.fill(mother, -1);
        java.util.Arrays.fill(father, -1);
        int[] couple = new int[householdCount * 2];
        int[] elders = new int[householdCount * 2];
        java.util.Arrays.fill(couple, -1);
        java.util.Arrays.fill(elders, -1);
        for (int person = 0; person < size; person++) {
            int household = households[person];
            if (household < 0 || sex[person] == UNKNOWN) {
                continue;
            }
            int slot = household * 2 + (sex[person] == MALE ? 1 : 0);
            if (relationship[person] == HEAD || relationship[person] == SPOUSE) {
                couple[slot] = couple[slot] == -1 ? person : -2; // two wives: whose child is unknown
            } else if (relationship[person] == PARENT) {
                elders[slot] = elders[slot] == -1 ? person : -2;
            }
        }
        for (int person = 0; person < size; person++) {
            int household = households[person];
            if (household < 0) {
                continue;
            }
            int[] parents = relationship[person] == CHILD ? couple
                    : relationship[person] == HEAD || relationship[person] == SIBLING ? elders : null;
            if (parents != null) {
                mother[person] = Math.max(-1, parents[household * 2]);
                father[person] = Math.max(-1, parents[household * 2 + 1]);
            }
        }
    }

    private void set(NamePart part, int person, String latinText, String arabicText) {
        latin[part.ordinal()][person] = names.form(latinText);
        arabic[part.ordinal()][person] = names.form(arabicText);
    }

    private void birth(int person, String text) {
        try {
            if (text.length() == 4) {
                year[person] = Short.parseShort(text);
            } else if (!text.isEmpty()) {
                LocalDate date = LocalDate.parse(text);
                year[person] = (short) date.getYear();
                month[person] = (byte) date.getMonthValue();
                day[person] = (byte) date.getDayOfMonth();
            }
        } catch (RuntimeException unreadable) {
            year[person] = 0; // a date that cannot be read says nothing, for or against
        }
    }

    private static byte origin(String pcode) {
        if (pcode.length() == 4 && pcode.startsWith("SY") && Character.isDigit(pcode.charAt(2))
                && Character.isDigit(pcode.charAt(3))) {
            return (byte) Integer.parseInt(pcode.substring(2));
        }
        return 0;
    }

    /** The last nine digits (a Syrian or Jordanian mobile without its country or trunk prefix), or 0. */
    static long phone(String text) {
        long digits = 0;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= '٠' && c <= '٩' ? c - '٠' : -1;
            if (digit >= 0) {
                digits = (digits * 10 + digit) % 1_000_000_000L;
                count++;
            }
        }
        return count >= 7 ? digits + 1_000_000_000L : 0; // the leading 1 keeps numbers with leading zeros apart
    }

    int size() {
        return size;
    }

    NameTable names() {
        return names;
    }

    String ref(int person) {
        return refs[person];
    }

    int household(int person) {
        return households[person];
    }

    int mother(int person) {
        return mother[person];
    }

    int father(int person) {
        return father[person];
    }

    int latin(NamePart part, int person) {
        return latin[part.ordinal()][person];
    }

    int arabic(NamePart part, int person) {
        return arabic[part.ordinal()][person];
    }

    boolean hasPart(NamePart part, int person) {
        return latin[part.ordinal()][person] >= 0 || arabic[part.ordinal()][person] >= 0;
    }

    byte sex(int person) {
        return sex[person];
    }

    int year(int person) {
        return year[person];
    }

    int month(int person) {
        return month[person];
    }

    int day(int person) {
        return day[person];
    }

    /** Whether only the year of birth is known. */
    boolean yearOnly(int person) {
        return year[person] != 0 && day[person] == 0;
    }

    int origin(int person) {
        return origin[person];
    }

    long phone(int person) {
        return phone[person];
    }
}
