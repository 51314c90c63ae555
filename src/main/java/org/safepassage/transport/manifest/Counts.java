package org.safepassage.transport.manifest;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.safepassage.registry.Sex;

/**
 * People on a manifest by sex and age group. For readers who see aggregates only, {@link #suppressed()} withholds
 * every cell of 1 to 4 people (returned as {@code null}), so that nobody can be singled out.
 */
public record Counts(Map<AgeGroup, Integer> female, Map<AgeGroup, Integer> male, boolean suppressSmallCells) {

    static final int SMALLEST_SHOWN = 5;

    public Counts {
        female = Map.copyOf(female);
        male = Map.copyOf(male);
    }

    public static Counts of(Collection<ManifestEntry> listed) {
        Map<AgeGroup, Integer> female = new EnumMap<>(AgeGroup.class);
        Map<AgeGroup, Integer> male = new EnumMap<>(AgeGroup.class);
        for (AgeGroup group : AgeGroup.values()) {
            female.put(group, 0);
            male.put(group, 0);
        }
        listed.stream().filter(ManifestEntry::listed)
                .forEach(e -> (e.sex() == Sex.F ? female : male).merge(e.ageGroup(), 1, Integer::sum));
        return new Counts(female, male, false);
    }

    public Counts suppressed() {
        return new Counts(female, male, true);
    }

    public Integer female(AgeGroup group) {
        return shown(female.get(group));
    }

    public Integer male(AgeGroup group) {
        return shown(male.get(group));
    }

    public Integer total(AgeGroup group) {
        return shown(female.get(group) + male.get(group));
    }

    public Integer females() {
        return shown(female.values().stream().mapToInt(Integer::intValue).sum());
    }

    public Integer males() {
        return shown(male.values().stream().mapToInt(Integer::intValue).sum());
    }

    public Integer total() {
        return shown(female.values().stream().mapToInt(Integer::intValue).sum()
                + male.values().stream().mapToInt(Integer::intValue).sum());
    }

    public AgeGroup[] groups() {
        return AgeGroup.values();
    }

    private Integer shown(int count) {
        return suppressSmallCells && count > 0 && count < SMALLEST_SHOWN ? null : count;
    }
}
