package org.safepassage.registry;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.safepassage.registry.internal.demo.SyntheticCamp;
import org.safepassage.registry.internal.template.TemplateRows;
import org.safepassage.registry.internal.template.TemplateRow;

/**
 * A synthetic camp in the import template, for demonstrations, tests and benchmarks: invented people with
 * the naming customs, household shapes, origins and needs of a camp of displaced Syrians from Homs, Deir ez-Zor
 * and Dar'a, about 3 in 100 of them registered a second time with the slips real registrations carry. The same
 * number of people and seed give the same files, byte for byte.
 */
public final class DemoCamp {

    public static final int DEFAULT_PEOPLE = 50_000;
    public static final long DEFAULT_SEED = 42;

    /** File names written by {@link #writeTo(Path)}. */
    public static final String CAMP_FILE = "camp.csv";
    public static final String DUPLICATES_FILE = "duplicates.csv";

    private final SyntheticCamp camp;

    private DemoCamp(SyntheticCamp camp) {
        this.camp = camp;
    }

    /** A camp of exactly {@code people} rows (first and second registrations together). */
    public static DemoCamp generate(int people, long seed) {
        return new DemoCamp(SyntheticCamp.generate(people, seed));
    }

    public int people() {
        return camp.rows().size();
    }

    public int households() {
        return camp.households();
    }

    /** How many people were registered twice. */
    public int duplicatePairs() {
        return camp.duplicates().size();
    }

    /**
     * Writes {@value #CAMP_FILE} (the import template) and {@value #DUPLICATES_FILE}
     * ({@code individual_ref_a,individual_ref_b}: the pairs that are one person) into the directory.
     */
    public void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        TemplateRows.write(directory.resolve(CAMP_FILE), camp.rows());
        try (Writer out = Files.newBufferedWriter(directory.resolve(DUPLICATES_FILE), StandardCharsets.UTF_8)) {
            out.write("individual_ref_a,individual_ref_b\n");
            for (SyntheticCamp.Pair pair : camp.duplicates()) {
                out.write(pair.refA() + "," + pair.refB() + "\n");
            }
        }
    }

    List<TemplateRow> rows() {
        return camp.rows();
    }

    List<SyntheticCamp.Pair> duplicates() {
        return camp.duplicates();
    }
}
