package org.safepassage.registry.internal.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safepassage.registry.internal.names.NameForm;
import org.safepassage.registry.internal.names.NameForms;

/**
 * Every distinct name of a population, read once: typed text to {@link NameForm} (by id), each form's coarse
 * key (by id), and how often each key occurs in each name part, which says how much agreeing on it is worth.
 */
final class NameTable {

    /** Prior for the frequency of a name, so that a small file does not make every name look rare. */
    private static final double PRIOR_WEIGHT = 400;
    private static final double PRIOR_FREQUENCY = 0.01;

    private final Map<String, Integer> formIdsByTyped = new HashMap<>();
    private final Map<NameForm, Integer> formIds = new HashMap<>();
    private final List<NameForm> forms = new ArrayList<>();
    private final Map<String, Integer> keyIds = new HashMap<>();
    private int[] keyOfForm = new int[1024];
    private final int[][] keyCounts = new int[NamePart.values().length][];
    private int people;

    /** The form id of a name as typed, or -1 for a blank. */
    int form(String typed) {
        if (typed == null || typed.isBlank()) {
            return -1;
        }
        Integer known = formIdsByTyped.get(typed);
        if (known != null) {
            return known;
        }
        NameForm form = NameForms.of(typed);
        int id = form.isEmpty() ? -1 : formIds.computeIfAbsent(form, f -> add(f));
        formIdsByTyped.put(typed, id);
        return id;
    }

    private int add(NameForm form) {
        int id = forms.size();
        forms.add(form);
        if (id == keyOfForm.length) {
            keyOfForm = java.util.Arrays.copyOf(keyOfForm, id * 2);
        }
        keyOfForm[id] = form.key().isEmpty() ? -1 : keyIds.computeIfAbsent(form.key(), k -> keyIds.size());
        return id;
    }

    NameForm get(int formId) {
        return forms.get(formId);
    }

    int key(int formId) {
        return formId < 0 ? -1 : keyOfForm[formId];
    }

    int keys() {
        return keyIds.size();
    }

    /** Counts, per name part, how many people carry each key (a person once per key). */
    void count(PersonRecords records) {
        people = records.size();
        for (NamePart part : NamePart.values()) {
            int[] counts = new int[keyIds.size()];
            for (int person = 0; person < people; person++) {
                int latin = key(records.latin(part, person));
                int arabic = key(records.arabic(part, person));
                if (latin >= 0) {
                    counts[latin]++;
                }
                if (arabic >= 0 && arabic != latin) {
                    counts[arabic]++;
                }
            }
            keyCounts[part.ordinal()] = counts;
        }
    }

    /**
     * How often a random person carries this key in this part: the chance that two different people agree
     * on it by coincidence (Fellegi and Sunter's u-probability), smoothed towards a typical name's frequency.
     */
    double frequency(NamePart part, int key) {
        int count = key < 0 || keyCounts[part.ordinal()] == null || key >= keyCounts[part.ordinal()].length ? 0
                : keyCounts[part.ordinal()][key];
        return (count + PRIOR_WEIGHT * PRIOR_FREQUENCY) / (people + PRIOR_WEIGHT);
    }
}
