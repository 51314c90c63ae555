package org.safepassage.registry.internal.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safepassage.registry.Sex;

/** The generator's name lists (resources under registry/demo), with weighted pickers. */
final class NameBook {

    /** Given names by the era of birth: before 1975, 1975 to 1995, after 1995. */
    private final Pool[] male = new Pool[3];
    private final Pool[] female = new Pool[3];
    private final Map<String, Pool> familiesByRegion = new HashMap<>();

    private record Pool(List<Name> names, double[] cumulative) {

        static Pool of(List<Name> names) {
            return of(names, -1);
        }

        /** Names of another era are rarer: few girls born after 1995 are called Khazna, few grandmothers Jana. */
        static Pool of(List<Name> names, int era) {
            double[] cumulative = new double[names.size()];
            double total = 0;
            for (int i = 0; i < names.size(); i++) {
                Name name = names.get(i);
                double factor = era < 0 ? 1 : switch (name.tag()) {
                    case "old" -> new double[] {3, 1, 0.15}[era];
                    case "young" -> new double[] {0.1, 0.6, 3}[era];
                    default -> 1;
                };
                total += name.weight() * factor;
                cumulative[i] = total;
            }
            return new Pool(List.copyOf(names), cumulative);
        }

        Name pick(Rng rng) {
            return rng.pick(names, cumulative);
        }
    }

    NameBook() {
        List<Name> males = read("male.tsv");
        List<Name> females = read("female.tsv");
        for (int era = 0; era < 3; era++) {
            male[era] = Pool.of(males, era);
            female[era] = Pool.of(females, era);
        }
        Map<String, List<Name>> byRegion = new HashMap<>();
        for (Name family : read("family.tsv")) {
            byRegion.computeIfAbsent(family.tag(), r -> new ArrayList<>()).add(family);
        }
        byRegion.forEach((region, names) -> familiesByRegion.put(region, Pool.of(names)));
    }

    /** A man's name for someone of this age on the census day. */
    Name male(int age, Rng rng) {
        return male[era(age)].pick(rng);
    }

    Name female(int age, Rng rng) {
        return female[era(age)].pick(rng);
    }

    Name given(Sex sex, int age, Rng rng) {
        return sex == Sex.M ? male(age, rng) : female(age, rng);
    }

    private static int era(int age) {
        int born = CampPopulation.CENSUS_DAY.getYear() - age;
        return born < 1975 ? 0 : born <= 1995 ? 1 : 2;
    }

    /**
     * A family name of the region: people from elsewhere in Syria mostly married into or live among the
     * families of Homs' desert, so they draw from both lists.
     */
    Name family(String region, Rng rng) {
        if (region.equals("X") && rng.chance(0.5)) {
            return familiesByRegion.get("H").pick(rng);
        }
        return familiesByRegion.get(region).pick(rng);
    }

    private static List<Name> read(String file) {
        var stream = NameBook.class.getResourceAsStream("/registry/demo/" + file);
        if (stream == null) {
            throw new IllegalStateException("missing name list " + file);
        }
        List<Name> names = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t");
                names.add(new Name(columns[0], columns[1], Double.parseDouble(columns[2]),
                        columns.length > 3 ? columns[3] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
