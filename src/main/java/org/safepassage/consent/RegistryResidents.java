package org.safepassage.consent;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.registry.HouseholdSummary;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;
import org.safepassage.registry.SpecificNeed;
import org.safepassage.registry.Traveller;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.stereotype.Component;

/** {@link Residents} read from the registry's facade: nameless travellers and household summaries. */
@Component
class RegistryResidents implements Residents {

    private final RegistryManagement registry;

    RegistryResidents(RegistryManagement registry) {
        this.registry = registry;
    }

    @Override
    public Optional<Household> household(UUID householdId) {
        return registry.household(householdId).map(RegistryResidents::household);
    }

    @Override
    public Optional<Household> householdByRef(String ref) {
        return registry.householdByRef(ref).map(RegistryResidents::household);
    }

    @Override
    public Optional<Household> householdByToken(String token) {
        return registry.householdByToken(token).map(RegistryResidents::household);
    }

    @Override
    public List<Resident> members(UUID householdId) {
        return householdId == null ? List.of()
                : registry.travellers(householdId).stream().map(RegistryResidents::resident).toList();
    }

    @Override
    public Map<UUID, List<Resident>> members(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Resident>> members = new HashMap<>();
        registry.travellers(householdIds).forEach((household, travellers) ->
                members.put(household, travellers.stream().map(RegistryResidents::resident).toList()));
        return members;
    }

    @Override
    public Page<Household> households(PageRequest request) {
        return registry.households(request).map(RegistryResidents::household);
    }

    @Override
    public Set<String> protectionHoldCodes() {
        return registry.specificNeeds().stream().filter(SpecificNeed::protectionHold).map(SpecificNeed::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Household household(HouseholdSummary summary) {
        return new Household(summary.id(), summary.ref(), summary.originPcode(), summary.size(), summary.headId());
    }

    private static Resident resident(Traveller traveller) {
        return new Resident(traveller.individualId(), traveller.ref(), traveller.householdId(),
                traveller.relationship() == Relationship.HEAD, traveller.sex() == Sex.M, traveller.age(),
                traveller.specificNeeds());
    }
}
