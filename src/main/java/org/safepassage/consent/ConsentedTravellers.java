package org.safepassage.consent;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who may travel to a destination now: every person with a current, unwithdrawn consent for it (minors
 * through their head of household's consent) and no unreleased protection hold for it, by household.
 * Members of a household who may not travel are simply absent.
 */
public record ConsentedTravellers(UUID destinationId, Map<UUID, Set<UUID>> individualsByHousehold) {

    public ConsentedTravellers {
        var copy = new TreeMap<UUID, Set<UUID>>();
        individualsByHousehold.forEach((household, people) -> {
            if (!people.isEmpty()) {
                copy.put(household, Set.copyOf(people));
            }
        });
        individualsByHousehold = java.util.Collections.unmodifiableMap(copy);
    }

    public Set<UUID> individualIds() {
        return individualsByHousehold.values().stream().flatMap(Set::stream)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<UUID> householdIds() {
        return individualsByHousehold.keySet();
    }

    public boolean contains(UUID individualId) {
        return individualsByHousehold.values().stream().anyMatch(people -> people.contains(individualId));
    }

    public int size() {
        return individualsByHousehold.values().stream().mapToInt(Set::size).sum();
    }
}
