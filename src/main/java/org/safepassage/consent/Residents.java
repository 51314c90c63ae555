package org.safepassage.consent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;

/**
 * What this module needs to know about the people of the camp, read through the registry's public API.
 * No names pass through here: intentions, consents and the travel rule work on ids, ages and needs codes.
 */
interface Residents {

    /** Below this age a person travels with their head of household's consent. */
    int AGE_OF_MAJORITY = 18;

    Optional<Household> household(UUID householdId);

    Optional<Household> householdByRef(String ref);

    Optional<Household> householdByToken(String token);

    /** The household's current members. */
    List<Resident> members(UUID householdId);

    /** Current members of many households at once (one registry call). */
    Map<UUID, List<Resident>> members(Collection<UUID> householdIds);

    /** Households page by page, ordered by ref. */
    Page<Household> households(PageRequest request);

    /** The specific-needs codes flagged as danger on return or at checkpoints. */
    Set<String> protectionHoldCodes();

    record Household(UUID id, String ref, String originPcode, int size, UUID headId) {
    }

    record Resident(UUID individualId, String ref, UUID householdId, boolean head, boolean male, int age,
            Set<String> specificNeeds) {

        public Resident {
            specificNeeds = specificNeeds == null ? Set.of() : Set.copyOf(specificNeeds);
        }

        boolean minor() {
            return age < AGE_OF_MAJORITY;
        }
    }
}
