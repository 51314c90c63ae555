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

    private PersonRecords(int size, NameTable names) {
        this.size = size;
        this.names = names;
        refs = new String[size];
        households = new int[size];
        for (int part = 0; part < 3; part++) {
            latin[part] = new int[size];
            arabic[part] = new int[size];
        }
        sex = new byte[size];
        year = new short[size];
        month = new byte[size];
        day = new byte[size];
        origin = new byte[size];
        phone = new long[size];
        relationship = new byte[size];
        mother = new int[size];
        father = new int[size];
    }

    static PersonRecords of(List<TemplateRow> rows) {
        var names = new NameTable();
        var records = new PersonRecords(rows.size(), names);
        Map<String, Integer> householdIds = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            TemplateRow row = rows.get(i);
            records.refs[i] = row.individualRef();
            records.households[i] = row.householdRef().isEmpty() ? -1 - i
                    : householdIds.computeIfAbsent(row.householdRef(), k -> householdIds.size());
            records.set(NamePart.GIVEN, i, row.givenName(), row.givenNameAr());
            records.set(NamePart.FATHER, i, row.fatherName(), row.fatherNameAr());
            records.set(NamePart.FAMILY, i, row.familyName(), row.familyNameAr());
            records.sex[i] = switch (row.sex()) {
                case "F", "f" -> FEMALE;
                case "M", "m" -> MALE;
                default -> UNKNOWN;
            };
            records.birth(i, row.dateOfBirth());
            records.origin[i] = origin(row.originPcode());
            records.phone[i] = phone(row.phone());
            records.relationship[i] = relationship(row.relationship());
        }
        names.count(records);
        records.findParents(householdIds.size());
        return records;
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
