package org.safepassage.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.registry.NewMember;
import org.safepassage.registry.RegisterHousehold;
import org.safepassage.registry.RegistryFixtures;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;
import org.safepassage.registry.Traveller;

/** Households and consents for tests, through the real registry and the real facade. */
public final class ConsentFixtures {

    private ConsentFixtures() {
    }

    /** A registered household; members by the suffix of their ref ("1" is the head). */
    public record Family(UUID householdId, String ref, Map<String, UUID> members) {
        public UUID member(String suffix) {
            return members.get(ref + "-" + suffix);
        }
    }

    /**
     * A father (head, 45, needs {@code headNeeds}), a mother (40), a son of conscription age (19), a son of
     * 12 and a daughter of 4.
     */
    public static Family family(RegistryManagement registry, String... headNeeds) {
        String ref = RegistryFixtures.uniqueRef("C");
        int year = LocalDate.now().getYear();
        var outcome = registry.registerHousehold(new RegisterHousehold(ref, "C-3", List.of(
                member(ref, 1, Relationship.HEAD, "Khaled", "خالد", Sex.M, year - 45, headNeeds),
                member(ref, 2, Relationship.SPOUSE, "Huda", "هدى", Sex.F, year - 40),
                member(ref, 3, Relationship.CHILD, "Yusuf", "يوسف", Sex.M, year - 19),
                member(ref, 4, Relationship.CHILD, "Sami", "سامي", Sex.M, year - 12),
                member(ref, 5, Relationship.CHILD, "Mariam", "مريم", Sex.F, year - 4))));
        if (!(outcome instanceof RegistryOutcome.Done done)) {
            throw new IllegalStateException("fixture refused: " + outcome);
        }
        Map<String, UUID> members = registry.travellers(done.id()).stream()
                .collect(Collectors.toMap(Traveller::ref, Traveller::individualId));
        return new Family(done.id(), ref, members);
    }

    private static NewMember member(String ref, int n, Relationship relationship, String given, String givenAr,
            Sex sex, int birthYear, String... needs) {
        return new NewMember(ref + "-" + n, RegistryFixtures.details(relationship, given, "Darwish", givenAr, "درويش",
                sex, String.valueOf(birthYear), needs));
    }

    public static GiveConsent consent(ConsentManagement consent, Family family, String suffix, String destinationCode,
            Set<UUID> minors) {
        var destination = consent.destinationByCode(destinationCode).orElseThrow();
        return new GiveConsent(family.householdId(), family.member(suffix), destination.id(), LocalDate.now(),
                LocalDate.now().plusDays(30), consent.currentInformationText().orElseThrow().version(),
                TextLanguage.AR, true, ConsentMethod.THUMBPRINT, null, minors);
    }

    public static UUID done(Outcome outcome) {
        if (outcome instanceof Outcome.Done done) {
            return done.id();
        }
        throw new AssertionError("refused: " + outcome);
    }
}
