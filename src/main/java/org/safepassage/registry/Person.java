package org.safepassage.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The full personal record of one individual. Reading it is audited. */
public record Person(UUID id, String ref, UUID householdId, Relationship relationship, PersonName name, Sex sex,
        BirthDate birthDate, String originPcode, LocalDate arrivalDate, String shelterBlock, String phone,
        Set<String> specificNeeds, Instant registeredAt) {

    public Person {
        specificNeeds = Set.copyOf(specificNeeds);
    }

    public int ageOn(LocalDate day) {
        return birthDate.ageOn(day);
    }
}
