package org.safepassage.registry.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.safepassage.registry.internal.template.TemplateRow;

/**
 * A generated camp: the template rows and which of them register the same person twice (the ground truth of
 * deduplication).
 *
 * @param rows       the rows, households together, head first
 * @param duplicates pairs of individual refs, the smaller ref first, sorted
 * @param households how many households the rows hold
 */
public record SyntheticCamp(List<TemplateRow> rows, List<Pair> duplicates, int households) {

    /** Two individual refs of one person. */
    public record Pair(String refA, String refB) {
    }

    /** About three in a hundred people are registered a second time. */
    static final double REREGISTERED = 0.03;

    /** Exactly {@code people} rows, the same for the same seed. */
    public static SyntheticCamp generate(int people, long seed) {
        if (people < 1) {
            throw new IllegalArgumentException("a camp needs at least one person");
        }
        var rng = new Rng(seed);
        var names = new NameBook();
        LocalDate day = CampPopulation.CENSUS_DAY;
        int unique = (int) Math.max(1, Math.round(people / (1 + REREGISTERED)));
        var population = new CampPopulation(rng, names);
        List<Household> households = new ArrayList<>(population.build(unique));
        List<Household> created = new Reregistrations(rng, population, day).register(households, people - unique);
        households.addAll(created);
        shuffle(households, rng);
        number(households);
        List<TemplateRow> rows = new CampRows(rng).rows(households);
        return new SyntheticCamp(rows, duplicates(households), households.size());
    }

    private static void shuffle(List<Household> households, Rng rng) {
        for (int i = households.size() - 1; i > 0; i--) {
            int j = rng.between(0, i);
            Household swap = households.get(i);
            households.set(i, households.get(j));
            households.set(j, swap);
        }
    }

    private static void number(List<Household> households) {
        int householdNumber = 0;
        int personNumber = 0;
        for (Household household : households) {
            household.ref = String.format("HH-%06d", ++householdNumber);
            for (Member member : household.members) {
                member.ref = String.format("IND-%07d", ++personNumber);
            }
        }
    }

    private static List<Pair> duplicates(List<Household> households) {
        List<Pair> pairs = new ArrayList<>();
        for (Household household : households) {
            for (Member member : household.members) {
                if (member.original != null) {
                    String a = member.original.ref;
                    String b = member.ref;
                    pairs.add(a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a));
                }
            }
        }
        pairs.sort(Comparator.comparing(Pair::refA).thenComparing(Pair::refB));
        return pairs;
    }
}
