package org.safepassage.registry;

import java.util.UUID;

/** One person found by the registry search, with what a clerk needs to tell people apart. */
public record SearchHit(UUID individualId, String ref, UUID householdId, String householdRef,
        Relationship relationship, String latinName, String arabicName, Sex sex, BirthDate birthDate,
        String shelterBlock) {
}
