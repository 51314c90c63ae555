package org.safepassage.registry.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A plain synthetic camp in the import template, written row by row (never held in memory): households of
 * 1-9 people under a head, names in both scripts, origins, blocks, some needs. Deterministic for a seed.
 */
public final class SampleCamp {

    static final String HEADER = "household_ref,individual_ref,relationship,given_name,father_name,family_name,"
            + "given_name_ar,father_name_ar,family_name_ar,sex,date_of_birth,origin_pcode,arrival_date,"
            + "shelter_block,phone,specific_needs";

    static final String[][] FEMALE = {{"Fatima", "فاطمة"}, {"Amal", "أمل"}, {"Huda", "هدى"}, {"Rana", "رنا"},
            {"Maryam", "مريم"}, {"Zainab", "زينب"}, {"Noor", "نور"}, {"Aisha", "عائشة"}, {"Layla", "ليلى"},
            {"Samira", "سميرة"}, {"Reem", "ريم"}, {"Hala", "هالة"}};
    static final String[][] MALE = {{"Mohammed", "محمد"}, {"Ahmad", "أحمد"}, {"Omar", "عمر"}, {"Ali", "علي"},
            {"Khaled", "خالد"}, {"Yusuf", "يوسف"}, {"Hassan", "حسن"}, {"Ibrahim", "إبراهيم"}, {"Mahmoud", "محمود"},
            {"Abdullah", "عبدالله"}, {"Mustafa", "مصطفى"}, {"Sami", "سامي"}};
    static final String[][] FAMILY = {{"Al-Hamwi", "الحموي"}, {"Haddad", "حداد"}, {"Al-Homsi", "الحمصي"},
            {"Darwish", "درويش"}, {"Al-Ali", "العلي"}, {"Saleh", "صالح"}, {"Al-Khatib", "الخطيب"},
            {"Al-Masri", "المصري"}, {"Nasser", "ناصر"}, {"Al-Zoubi", "الزعبي"}, {"Hamdan", "حمدان"},
            {"Al-Jasim", "الجاسم"}};
    static final String[] ORIGINS = {"SY04", "SY04", "SY04", "SY04", "SY04", "SY09", "SY09", "SY09", "SY12",
            "SY02"};
    static final String[] NEEDS = {"SM-CI", "DS-PM", "WR-WR", "SM-CC", "DS-PS", "ER-NF", "SP-PT", "LP-ND"};

    private SampleCamp() {
    }

    /** Writes {@code people} individuals into {@code file}. */
    public static void write(Path file, int people, long seed) throws IOException {
        var random = new SplittableRandom(seed);
        LocalDate today = LocalDate.of(2026, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            int written = 0;
            for (int h = 1; written < people; h++) {
                String household = String.format("H-%07d", h);
                String[] family = FAMILY[random.nextInt(FAMILY.length)];
                String origin = ORIGINS[random.nextInt(ORIGINS.length)];
                String block = "B-" + (1 + random.nextInt(120));
                String arrival = today.minusDays(30 + random.nextInt(700)).toString();
                int size = Math.min(people - written, 1 + random.nextInt(9));
                boolean femaleHead = random.nextInt(10) < 6;
                String[] father = MALE[random.nextInt(MALE.length)];
                for (int m = 0; m < size; m++) {
                    boolean head = m == 0;
                    boolean spouse = m == 1 && !femaleHead && random.nextBoolean();
                    boolean female = head ? femaleHead : spouse || random.nextBoolean();
                    String[] given = female ? FEMALE[random.nextInt(FEMALE.length)] : MALE[random.nextInt(MALE.length)];
                    int age = head || spouse ? 20 + random.nextInt(50) : random.nextInt(18);
                    LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
                    String birthText = random.nextInt(5) == 0 ? String.valueOf(birth.getYear()) : birth.toString();
                    String relationship = head ? "HEAD" : spouse ? "SPOUSE" : "CHILD";
                    String phone = head ? "09" + (10_000_000 + random.nextInt(89_999_999)) : "";
                    String needs = random.nextInt(12) == 0 ? NEEDS[random.nextInt(NEEDS.length)] : "";
                    String[] row = {household, household + "-" + (m + 1), relationship, given[0], father[0],
                            family[0], given[1], father[1], family[1], female ? "F" : "M", birthText, origin,
                            arrival, block, phone, needs};
                    out.write(String.join(",", row));
                    out.write('\n');
                    written++;
                }
            }
        }
    }
}
