package org.safepassage.registry.internal.matching;

import java.util.ArrayList;
import java.util.List;

import org.safepassage.registry.internal.demo.SyntheticCamp;
import org.safepassage.registry.internal.template.TemplateRow;

/** Test registrations, set among a generated camp so that names have their real frequencies. */
final class Registrations {

    private static final List<TemplateRow> CAMP = SyntheticCamp.generate(8_000, 1).rows();

    private final List<TemplateRow> rows = new ArrayList<>(CAMP);

    /** Adds a row; returns its index. Names: Latin given, father, family, then Arabic given, father, family. */
    int add(String household, String relationship, String sex, String birth, String origin, String phone,
            String... names) {
        String[] n = java.util.Arrays.copyOf(names, 6);
        rows.add(new TemplateRow(household, "T-" + rows.size(), relationship, n[0], n[1], n[2], n[3], n[4], n[5], sex,
                birth, origin, "2016-01-01", "A-01", phone, ""));
        return rows.size() - 1;
    }

    List<TemplateRow> rows() {
        return rows;
    }

    PersonRecords records() {
        return PersonRecords.of(rows);
    }
}
