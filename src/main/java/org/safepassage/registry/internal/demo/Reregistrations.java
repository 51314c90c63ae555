package org.safepassage.registry.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;

/**
 * People registered a second time: after losing a card, for a second ration, out of fear, or by a clerk's
 * mistake. The second registration gets a new individual ref and lands in a new household of one, in a
 * relative's household, or (a clerical error) once more in the same household; its date of birth may carry a
 * slip (year off by one, day and month swapped, only the year), its phone may be missing or mistyped.
 */
final class Reregistrations {

    /** Needs that belong to the person (health, disability, protection), not to their place in a household. */
    private static final Set<String> HOUSEHOLD_ROLE_NEEDS = Set.of("SC-CH", "SP-PT", "SP-GP", "ER-MC", "ER-NF",
            "WR-SF", "FU-TR", "WR-WR");

    private final Rng rng;
    private final CampPopulation population;
    private final LocalDate day;

    Reregistrations(Rng rng, CampPopulation population, LocalDate day) {
        this.rng = rng;
        this.population = population;
        this.day = day;
    }

    /** Registers {@code count} people a second time; returns the new households this made. */
    List<Household> register(List<Household> households, int count) {
        List<Member> everyone = new ArrayList<>();
        households.forEach(h -> everyone.addAll(h.members));
        int[] chosen = choose(everyone.size(), count);
        List<Household> created = new ArrayList<>();
        for (int index : chosen) {
            Member original = everyone.get(index);
            Member again = copy(original);
            place(again, original, households, created);
        }
        return created;
    }

    /** {@code count} distinct positions of {@code size}, by a partial Fisher-Yates shuffle. */
    private int[] choose(int size, int count) {
        int[] positions = new int[size];
        for (int i = 0; i < size; i++) {
            positions[i] = i;
        }
        int[] chosen = new int[count];
        for (int i = 0; i < count; i++) {
            int j = i + rng.between(0, size - 1 - i);
            int swap = positions[i];
            positions[i] = positions[j];
            positions[j] = swap;
            chosen[i] = positions[i];
        }
        return chosen;
    }

    private Member copy(Member original) {
        Sex sex = rng.chance(0.005) ? (original.sex == Sex.M ? Sex.F : Sex.M) : original.sex;
        var again = new Member(original.given, original.father, original.family, sex, original.relation,
                original.birth);
        again.original = original;
        again.variant = Variant.draw(rng);
        again.yearOnly = original.yearOnly;
        birthSlip(again, original);
        again.phone = phone(original.phone);
        again.origin = rng.chance(0.97) ? original.origin() : rng.weighted("SY04", 50, "SY09", 33, "SY12", 17);
        if (rng.chance(0.8)) {
            original.needs.stream().filter(code -> !HOUSEHOLD_ROLE_NEEDS.contains(code)).forEach(again.needs::add);
        }
        return again;
    }

    private void birthSlip(Member again, Member original) {
        String slip = rng.weighted("same", 48, "year only", 18, "year off", 14, "day month swapped", 10,
                "day typo", 6, "full date", 4);
        LocalDate birth = original.birth;
        switch (slip) {
            case "year only" -> again.yearOnly = true;
            case "year off" -> birth = birth.plusYears(rng.chance(0.5) ? 1 : -1);
            case "day month swapped" -> {
                if (!original.yearOnly && birth.getDayOfMonth() <= 12 && birth.getDayOfMonth() != birth.getMonthValue()) {
                    birth = LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
                }
            }
            case "day typo" -> {
                int dayOfMonth = Math.max(1, Math.min(birth.lengthOfMonth(), birth.getDayOfMonth() + rng.between(1, 3)
                        * (rng.chance(0.5) ? 1 : -1)));
                birth = birth.withDayOfMonth(dayOfMonth);
            }
            case "full date" -> again.yearOnly = false;
            default -> {
            }
        }
        again.birth = birth.isBefore(day) ? birth : original.birth;
    }

    private String phone(String phone) {
        if (phone == null) {
            return rng.chance(0.05) ? population.phoneNumber() : null;
        }
        String kept = rng.weighted("same", 50, "missing", 35, "one digit", 15);
        return switch (kept) {
            case "missing" -> null;
            case "one digit" -> {
                int at = rng.between(6, phone.length() - 1);
                char digit = (char) ('0' + (phone.charAt(at) - '0' + rng.between(1, 9)) % 10);
                yield phone.substring(0, at) + digit + phone.substring(at + 1);
            }
            default -> phone;
        };
    }

    private void place(Member again, Member original, List<Household> households, List<Household> created) {
        boolean adult = original.ageOn(day) >= 18;
        String where = adult ? rng.weighted("new", 50, "other", 35, "same", 15) : rng.weighted("other", 60, "same", 40);
        switch (where) {
            case "new" -> {
                LocalDate arrival = original.household.arrival.plusDays(rng.between(60, 2000));
                if (!arrival.isBefore(day)) {
                    arrival = day.minusDays(rng.between(1, 60));
                }
                var household = new Household(again.origin, original.household.region, population.block(), arrival,
                        Hand.draw(rng), ArabicHand.draw(rng));
                again.relation = Relationship.HEAD;
                household.add(again);
                created.add(household);
            }
            case "other" -> {
                int at = rng.between(0, households.size() - 1);
                Household other = households.get(at);
                if (other == original.household) {
                    other = households.get((at + 1) % households.size());
                }
                again.relation = adult ? rng.weighted(Relationship.OTHER_RELATIVE, 60, Relationship.SIBLING, 25,
                        Relationship.NON_RELATIVE, 15) : rng.weighted(Relationship.OTHER_RELATIVE, 60, Relationship.GRANDCHILD, 40);
                other.add(again);
            }
            default -> {
                if (original.relation == Relationship.HEAD) {
                    again.relation = Relationship.OTHER_RELATIVE;
                }
                original.household.add(again);
            }
        }
    }
}
