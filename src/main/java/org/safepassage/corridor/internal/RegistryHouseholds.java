package org.safepassage.corridor.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.registry.HouseholdSummary;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Traveller;
import org.springframework.stereotype.Component;

/**
 * The corridor module's only door into the registry: resolving a scanned token, listing the scanned
 * household's members (a read the registry audits), and checking who belongs to a household.
 */
@Component
public class RegistryHouseholds {

    private final RegistryManagement registry;
    private final Clock clock;
    private final ZoneId zone;

    RegistryHouseholds(RegistryManagement registry, Clock clock, CorridorProperties properties) {
        this.registry = registry;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** The household a token belongs to, with its members' names; empty for an unknown token. */
    public Optional<ScannedHousehold> scan(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return registry.householdByToken(token.strip()).map(this::withMembers);
    }

    /** The ids of a household's members (no names, no audit); empty when there is no such household. */
    public Optional<Set<UUID>> memberIds(UUID householdId) {
        if (householdId == null || registry.household(householdId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(registry.travellers(householdId).stream().map(Traveller::individualId)
                .collect(Collectors.toSet()));
    }

    /** The refs of households, for lists that must not show names. */
    public Map<UUID, String> refs(Collection<UUID> householdIds) {
        return registry.households(householdIds).stream()
                .collect(Collectors.toMap(HouseholdSummary::id, HouseholdSummary::ref, (a, b) -> a));
    }

    private ScannedHousehold withMembers(HouseholdSummary household) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        var members = registry.members(household.id()).stream()
                .map(p -> new ScannedHousehold.Member(p.id(), p.ref(), p.relationship().name(), p.name().latin(),
                        p.name().arabic(), p.sex().name(), p.ageOn(today), p.birthDate().yearOnly()))
                .toList();
        return new ScannedHousehold(household.id(), household.ref(), household.size(), members);
    }
}
