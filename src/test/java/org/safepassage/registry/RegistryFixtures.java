package org.safepassage.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Households for tests, with refs unique per run (tests share one database). */
public final class RegistryFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private RegistryFixtures() {
    }

    public static String uniqueRef(String prefix) {
        return prefix + "-" + (System.nanoTime() % 10_000_000) + "-" + SEQUENCE.incrementAndGet();
    }

    public static PersonDetails details(Relationship relationship, String given, String family, String givenAr,
            String familyAr, Sex sex, String birth, String... needs) {
        return new PersonDetails(relationship, new PersonName(given, null, family, givenAr, null, familyAr), sex,
                BirthDate.parse(birth), "SY04", LocalDate.of(2024, 3, 1), null, Set.of(needs));
    }

    /** A mother (head), her son of 10 and her daughter of 3. */
    public static UUID family(RegistryManagement registry) {
        String ref = uniqueRef("H");
        var outcome = registry.registerHousehold(new RegisterHousehold(ref, "B-7", List.of(
                new NewMember(ref + "-1", details(Relationship.HEAD, "Amal", "Haddad", "أمل", "حداد", Sex.F, "1990",
                        "WR-WR")),
                new NewMember(ref + "-2", details(Relationship.CHILD, "Omar", "Haddad", "عمر", "حداد", Sex.M,
                        "2015-05-01")),
                new NewMember(ref + "-3", details(Relationship.CHILD, "Lina", "Haddad", "لينا", "حداد", Sex.F,
                        "2022-09-09", "SM-CC")))));
        if (!(outcome instanceof RegistryOutcome.Done done)) {
            throw new IllegalStateException("fixture refused: " + outcome);
        }
        return done.id();
    }
}
