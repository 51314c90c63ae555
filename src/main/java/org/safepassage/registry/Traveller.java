package org.safepassage.registry;

import java.util.Set;
import java.util.UUID;

/**
 * What planning, consent rules and aid need to know of a person, without a name. {@code age} is computed on
 * the day asked.
 */
public record Traveller(UUID individualId, String ref, UUID householdId, Relationship relationship, Sex sex,
        int age, boolean yearOfBirthOnly, Set<String> specificNeeds) {

    public Traveller {
        specificNeeds = Set.copyOf(specificNeeds);
    }

    public boolean isMinor() {
        return age < 18;
    }
}
