package org.safepassage.registry.internal.imports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.safepassage.registry.ImportFinding;
import org.safepassage.shared.Ids;

/**
 * The rules that need more than one row of the file, followed as the rows are read: refs given twice,
 * exactly one head per household, one shelter block per household, and heads under 14 (a warning). Rows that
 * failed their own checks take part too, as they are (a second HEAD is a second head even on a row with a bad
 * date). What the registry adds (heads already registered and not in the file) comes in at {@link #finish}.
 */
final class FileChecks {

    /** A household of the file: its new id, and its members' rows and blocks in file order. */
    static final class Household {
        final String ref;
        final UUID id = Ids.newId();
        private int[] rows = new int[4];
        private String[] blocks = new String[4];
        private boolean[] head = new boolean[4];
        private int size;
        /** Index of the first HEAD among the members, or -1. */
        private int firstHead = -1;
        private int heads;

        Household(String ref) {
            this.ref = ref;
        }

        private void add(int row, String block, boolean head) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
                blocks = Arrays.copyOf(blocks, size * 2);
                this.head = Arrays.copyOf(this.head, size * 2);
            }
            if (head && firstHead < 0) {
                firstHead = size;
            }
            heads += head ? 1 : 0;
            rows[size] = row;
            this.head[size] = head;
            blocks[size++] = block;
        }

        /** The household's shelter block: its head's, else its first member's. */
        String block() {
            return blocks[Math.max(firstHead, 0)];
        }
    }

    /** Heads registered in a household of the file and not named in the file. */
    record KeptHeads(int count, String firstRef) {
    }

    private final LocalDate youngestAdultHead;
    private final int cap;
    private final Map<String, Integer> refRows = new HashMap<>();
    private final Map<String, Household> households = new LinkedHashMap<>();

    FileChecks(LocalDate today, int cap) {
        this.youngestAdultHead = today.minusYears(14);
        this.cap = cap;
    }

    /**
     * Follows one row; adds the findings that can be told at once.
     *
     * @return the row's household, or null when the row names none
     */
    Household add(TemplateRow row, List<ImportFinding> errors, List<ImportFinding> warnings) {
        if (row.individualRef != null) {
            Integer first = refRows.putIfAbsent(row.individualRef, row.row);
            if (first != null) {
                errors.add(new ImportFinding(row.row, "individual_ref", row.individualRef, "duplicate-ref",
                        "This individual_ref is already used on row " + first + "."));
            }
        }
        boolean head = "HEAD".equals(row.relationship);
        if (head && row.birthDate != null && row.birthDate.date().isAfter(youngestAdultHead)
                && warnings.size() < cap) {
            warnings.add(new ImportFinding(row.row, "date_of_birth", row.birthDate.date().toString(), "child-head",
                    "The head of household " + row.householdRef + " is under 14: check the household, and record "
                            + "SC-CH (child-headed household) if it is right."));
        }
        if (row.householdRef == null) {
            return null;
        }
        Household household = households.computeIfAbsent(row.householdRef, Household::new);
        household.add(row.row, row.shelterBlock, head);
        return household;
    }

    Collection<Household> households() {
        return households.values();
    }

    /**
     * Adds the findings about whole households: heads (counting {@code kept}, by household ref) and blocks.
     */
    void finish(Map<String, KeptHeads> kept, List<ImportFinding> errors) {
        for (Household household : households.values()) {
            heads(household, kept.get(household.ref), errors);
            blocks(household, errors);
        }
    }

    private static void heads(Household h, KeptHeads kept, List<ImportFinding> errors) {
        int registered = kept == null ? 0 : kept.count();
        if (h.heads + registered == 1) {
            return;
        }
        if (h.heads == 0 && registered == 0) {
            errors.add(new ImportFinding(h.rows[0], null, h.ref, "no-head",
                    "Household " + h.ref + " has no HEAD; exactly one member must be HEAD."));
        } else if (registered > 0) {
            errors.add(new ImportFinding(h.firstHead >= 0 ? h.rows[h.firstHead] : h.rows[0], "relationship", "HEAD",
                    "two-heads", "Household " + h.ref + " already has a registered head (" + kept.firstRef()
                            + ") who is not in this file; change the head on the household page first."));
        } else {
            int firstRow = h.rows[h.firstHead];
            for (int i = h.firstHead + 1; i < h.size; i++) {
                if (h.head[i]) {
                    errors.add(new ImportFinding(h.rows[i], "relationship", "HEAD", "two-heads",
                            "Household " + h.ref + " already has a HEAD on row " + firstRow
                                    + "; exactly one member must be HEAD."));
                }
            }
        }
    }

    private static void blocks(Household h, List<ImportFinding> errors) {
        String expected = h.block();
        int expectedRow = h.rows[Math.max(h.firstHead, 0)];
        for (int i = 0; i < h.size; i++) {
            if (!Objects.equals(h.blocks[i], expected)) {
                errors.add(new ImportFinding(h.rows[i], "shelter_block", h.blocks[i], "household-inconsistent",
                        "A household lives in one shelter block: household " + h.ref + " has '" + expected
                                + "' on row " + expectedRow + "."));
            }
        }
    }
}
