package org.safepassage.registry.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;

/**
 * Builds the households of the synthetic camp. Families arrive as clans (brothers' households with one family
 * name, one grandfather, one shelter block); husbands are often absent (dead, detained, conscripted, abroad),
 * so many households are headed by women; wives keep their own family name, as Syrian women do; children carry
 * their father's given name as father's name and his family name; the first son is often named after his
 * paternal grandfather.
 */
final class CampPopulation {

    /** The day the generated registry describes; every date in it lies before. */
    static final LocalDate CENSUS_DAY = LocalDate.of(2026, 10, 1);

    private enum Type { FAMILY, WIDOW, SINGLE, GRANDPARENTS, CHILD_HEADED }

    private final Rng rng;
    private final NameBook names;
    private final List<Household> households = new ArrayList<>();
    private int people;
    private int target;

    CampPopulation(Rng rng, NameBook names) {
        this.rng = rng;
        this.names = names;
    }

    /** Households holding exactly {@code target} people. */
    List<Household> build(int target) {
        this.target = target;
        while (people < target) {
            clan();
        }
        trimTo(target);
        return households;
    }

    private void clan() {
        String origin = rng.weighted("SY04", 50, "SY09", 33, "SY12", 10, "SY03", 2, "SY11", 1.5, "SY05", 1.5,
                "SY02", 1, "SY01", 0.5, "SY08", 0.5);
        String region = switch (origin) {
            case "SY04" -> "H";
            case "SY09", "SY11", "SY08" -> "D";
            case "SY12" -> "R";
            default -> "X";
        };
        Name family = names.family(region, rng);
        Name grandfather = names.male(70, rng);
        String block = block();
        LocalDate arrival = arrivalDate();
        int households = rng.<Integer>weighted(1, 55, 2, 28, 3, 12, 4, 5);
        for (int i = 0; i < households && people < target; i++) {
            String ownBlock = rng.chance(0.85) ? block : block();
            LocalDate ownArrival = rng.chance(0.7) ? arrival : arrival.plusDays(rng.between(0, 400));
            if (ownArrival.isAfter(CENSUS_DAY.minusDays(30))) {
                ownArrival = CENSUS_DAY.minusDays(30);
            }
            var household = new Household(origin, region, ownBlock, ownArrival, Hand.draw(rng), ArabicHand.draw(rng));
            Type type = rng.weighted(Type.FAMILY, 55, Type.WIDOW, 28, Type.SINGLE, 7, Type.GRANDPARENTS, 4,
                    Type.CHILD_HEADED, 1);
            switch (type) {
                case FAMILY -> family(household, family, grandfather);
                case WIDOW -> widow(household, family);
                case SINGLE -> single(household, family);
                case GRANDPARENTS -> grandparents(household, family);
                case CHILD_HEADED -> childHeaded(household, family);
            }
            phones(household);
            Needs.assign(household, rng, CENSUS_DAY);
            this.households.add(household);
            people += household.members.size();
        }
    }

    private void family(Household household, Name family, Name grandfather) {
        int age = rng.<Integer>weighted(20, 30, 30, 32, 40, 22, 50, 16) + rng.between(0, 9);
        Member head = household.add(person(null, grandfather, family, Sex.M, Relationship.HEAD, age));
        int wifeAge = Math.max(17, age - rng.between(0, 10));
        household.add(person(null, null, wifeFamily(household, family), Sex.F,
                Relationship.SPOUSE, wifeAge));
        children(household, head.given, family, grandfather, wifeAge, Relationship.CHILD);
        if (age < 55 && rng.chance(0.22)) {
            household.add(person(null, null, names.family(household.region, rng), Sex.F,
                    Relationship.PARENT, age + rng.between(18, 35)));
        }
        if (age < 50 && rng.chance(0.05)) {
            household.add(person(grandfather, null, family, Sex.M, Relationship.PARENT,
                    age + rng.between(20, 35)));
        }
        if (rng.chance(0.14)) {
            Sex sex = rng.chance(0.35) ? Sex.M : Sex.F;
            int siblingAge = Math.max(16, age + rng.between(-8, 8));
            Name given = names.given(sex, siblingAge, rng);
            for (int attempt = 0; attempt < 20 && (given == head.given || given == grandfather); attempt++) {
                given = names.given(sex, siblingAge, rng);
            }
            household.add(person(given, grandfather, family, sex, Relationship.SIBLING, siblingAge));
        }
        if (age >= 30 && rng.chance(0.03)) {
            household.add(person(null, null, names.family(household.region, rng), Sex.F,
                    Relationship.SPOUSE, Math.max(18, age - rng.between(5, 20))));
        }
        if (age >= 44 && rng.chance(0.4)) {
            marriedSon(household, head, family);
        }
        if (rng.chance(0.03)) {
            Sex sex = rng.chance(0.5) ? Sex.M : Sex.F;
            household.add(person(null, null, family, sex, Relationship.OTHER_RELATIVE,
                    rng.between(3, 16))); // an orphaned nephew or niece
        }
        if (rng.chance(0.006)) {
            Sex sex = rng.chance(0.5) ? Sex.M : Sex.F;
            household.add(person(null, null, names.family(household.region, rng), sex,
                    Relationship.NON_RELATIVE, rng.between(8, 16))); // a child taken in, unaccompanied
        }
    }

    private Name wifeFamily(Household household, Name family) {
        // marriage between cousins is common: a third of wives share their husband's family name
        return rng.chance(0.3) ? family : names.family(household.region, rng);
    }

    private void marriedSon(Household household, Member head, Name family) {
        int sonAge = rng.between(19, 28);
        Member son = household.add(person(siblingName(household, head.given, Sex.M, sonAge), head.given, family,
                Sex.M, Relationship.CHILD, sonAge));
        int wifeAge = Math.max(17, sonAge - rng.between(0, 6));
        household.add(person(null, null, wifeFamily(household, family), Sex.F,
                Relationship.OTHER_RELATIVE, wifeAge));
        children(household, son.given, family, head.given, wifeAge, Relationship.GRANDCHILD);
    }

    private void widow(Household household, Name family) {
        int age = rng.<Integer>weighted(20, 30, 30, 35, 40, 22, 50, 13) + rng.between(0, 9);
        Name husband = names.male(age + 5, rng);
        Name grandfather = names.male(age + 35, rng);
        household.add(person(null, null, wifeFamily(household, family), Sex.F,
                Relationship.HEAD, age));
        children(household, husband, family, grandfather, age, Relationship.CHILD);
        if (rng.chance(0.12)) {
            household.add(person(null, null, names.family(household.region, rng), Sex.F,
                    Relationship.OTHER_RELATIVE, age + rng.between(20, 35))); // her mother-in-law
        }
        if (rng.chance(0.06)) {
            household.add(person(null, null, names.family(household.region, rng), Sex.F,
                    Relationship.PARENT, age + rng.between(18, 35)));
        }
    }

    private void single(Household household, Name family) {
        String kind = rng.weighted("widow", 45, "old man", 15, "young man", 25, "woman", 15);
        switch (kind) {
            case "widow" -> household.add(person(null, null,
                    names.family(household.region, rng), Sex.F, Relationship.HEAD, rng.between(60, 88)));
            case "old man" -> household.add(person(null, null, family, Sex.M, Relationship.HEAD,
                    rng.between(60, 85)));
            case "young man" -> household.add(person(null, null, family, Sex.M,
                    Relationship.HEAD, rng.between(18, 35)));
            default -> household.add(person(null, null, names.family(household.region, rng),
                    Sex.F, Relationship.HEAD, rng.between(20, 55)));
        }
    }

    private void grandparents(Household household, Name family) {
        Name sonGiven = names.male(40, rng);
        Name grandfather = names.male(70, rng);
        if (rng.chance(0.3)) {
            int age = rng.between(58, 80);
            household.add(person(grandfather, null, family, Sex.M, Relationship.HEAD, age));
            if (rng.chance(0.6)) {
                household.add(person(null, null, names.family(household.region, rng), Sex.F,
                        Relationship.SPOUSE, Math.max(50, age - rng.between(0, 10))));
            }
        } else {
            household.add(person(null, null, names.family(household.region, rng), Sex.F,
                    Relationship.HEAD, rng.between(55, 78)));
        }
        int grandchildren = rng.between(1, 5);
        for (int i = 0; i < grandchildren; i++) {
            Sex sex = rng.chance(0.5) ? Sex.M : Sex.F;
            int age = rng.between(1, 15);
            household.add(person(siblingName(household, sonGiven, sex, age), sonGiven, family, sex,
                    Relationship.GRANDCHILD, age));
        }
    }

    private void childHeaded(Household household, Name family) {
        int age = rng.between(15, 17);
        Name father = names.male(age + 30, rng);
        Sex sex = rng.chance(0.5) ? Sex.M : Sex.F;
        household.add(person(null, father, family, sex, Relationship.HEAD, age));
        int siblings = rng.between(1, 4);
        for (int i = 0; i < siblings; i++) {
            Sex siblingSex = rng.chance(0.5) ? Sex.M : Sex.F;
            int siblingAge = rng.between(2, age - 1);
            household.add(person(siblingName(household, father, siblingSex, siblingAge), father, family, siblingSex,
                    Relationship.SIBLING, siblingAge));
        }
    }

    /**
     * Children of a mother of the given age: the first born when she was 17 to 24, then every one to four
     * years (sometimes twins); grown children have mostly left, daughters to marry.
     */
    private void children(Household household, Name father, Name family, Name paternalGrandfather, int motherAge,
            Relationship relation) {
        int wanted = rng.poisson(6.2);
        int born = 0;
        // brothers and sisters never share a given name, and a son is not named after his living father
        List<Name> taken = new ArrayList<>(household.members.stream().map(m -> m.given).toList());
        taken.add(father);
        int motherAgeAtBirth = rng.between(17, 24);
        boolean sonNamed = false;
        while (born < wanted && motherAgeAtBirth <= Math.min(motherAge, 44)) {
            int age = motherAge - motherAgeAtBirth;
            int births = rng.chance(0.015) ? 2 : 1;
            for (int twin = 0; twin < births; twin++) {
                Sex sex = rng.chance(0.51) ? Sex.M : Sex.F;
                Name given;
                if (sex == Sex.M && !sonNamed && !taken.contains(paternalGrandfather) && rng.chance(0.3)) {
                    given = paternalGrandfather;
                } else {
                    given = names.given(sex, age, rng);
                    for (int attempt = 0; attempt < 20 && taken.contains(given); attempt++) {
                        given = names.given(sex, age, rng);
                    }
                }
                sonNamed |= sex == Sex.M;
                taken.add(given);
                born++;
                boolean leftHome = age > 24 || (sex == Sex.F && age >= 19 && rng.chance(0.7));
                if (!leftHome) {
                    household.add(person(given, father, family, sex, relation, age));
                }
            }
            motherAgeAtBirth += rng.<Integer>weighted(1, 25, 2, 45, 3, 20, 4, 10);
        }
    }

    /** A given name that none of the father's children in the household has yet, nor the father himself. */
    private Name siblingName(Household household, Name father, Sex sex, int age) {
        Name given = names.given(sex, age, rng);
        for (int attempt = 0; attempt < 20; attempt++) {
            Name candidate = given;
            if (candidate != father && household.members.stream()
                    .noneMatch(m -> m.father == father && m.given == candidate)) {
                break;
            }
            given = names.given(sex, age, rng);
        }
        return given;
    }

    /** A person of this age; a null given name is drawn for the age, a null father's name for his generation. */
    private Member person(Name given, Name father, Name family, Sex sex, Relationship relation, int age) {
        given = given != null ? given : names.given(sex, age, rng);
        father = father != null ? father : names.male(age + 28, rng);
        LocalDate birth = CENSUS_DAY.minusYears(age).minusDays(rng.between(1, 364));
        var member = new Member(given, father, family, sex, relation, birth);
        double yearOnly = age < 5 ? 0.02 : age < 10 ? 0.08 : age < 18 ? 0.2 : age < 50 ? 0.35 : 0.6;
        member.yearOnly = rng.chance(yearOnly);
        return member;
    }

    private void phones(Household household) {
        for (Member member : household.members) {
            boolean adult = !member.isChild(CENSUS_DAY);
            double chance = member.relation == Relationship.HEAD ? (member.sex == Sex.M ? 0.6 : 0.45)
                    : member.relation == Relationship.SPOUSE ? 0.1 : adult && member.sex == Sex.M ? 0.12 : 0;
            if (adult && rng.chance(chance)) {
                member.phone = phoneNumber();
            }
            if (!member.arrival.isAfter(household.arrival) && member.relation != Relationship.HEAD && rng.chance(0.05)) {
                LocalDate later = household.arrival.plusDays(rng.between(30, 900));
                member.arrival = later.isBefore(CENSUS_DAY) ? later : CENSUS_DAY.minusDays(1);
            }
        }
    }

    /** A Syrian mobile number, or a Jordanian one: the camp lies on the Jordanian border. */
    String phoneNumber() {
        var number = new StringBuilder(rng.chance(0.6) ? "+9639" : "+9627" + rng.between(7, 9));
        while (number.length() < 13) {
            number.append(rng.between(0, 9));
        }
        return number.toString();
    }

    String block() {
        return (char) ('A' + rng.between(0, 11)) + "-" + String.format("%02d", rng.between(1, 45));
    }

    private LocalDate arrivalDate() {
        double x = rng.uniform();
        LocalDate from;
        int days;
        if (x < 0.7) {
            from = LocalDate.of(2015, 3, 1);
            days = 670;
        } else if (x < 0.9) {
            from = LocalDate.of(2017, 1, 1);
            days = 729;
        } else {
            from = LocalDate.of(2019, 1, 1);
            days = (int) (CENSUS_DAY.toEpochDay() - from.toEpochDay()) - 90;
        }
        return from.plusDays(rng.between(0, days));
    }

    /** The last household was only partly needed: its last members (never its head) are left out. */
    private void trimTo(int target) {
        Household last = households.get(households.size() - 1);
        while (people > target) {
            last.members.remove(last.members.size() - 1);
            people--;
        }
    }
}
