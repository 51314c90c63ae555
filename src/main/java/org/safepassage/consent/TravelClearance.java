package org.safepassage.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.safepassage.consent.Residents.Resident;
import org.springframework.stereotype.Component;

/**
 * Applies {@link TravelRule} to one person, or to everyone at once for a destination. Both answers come
 * from the same facts: consents, holds, and the registry's current households and ages.
 */
@Component
class TravelClearance {

    private final Consents consents;
    private final ProtectionHolds holds;
    private final Destinations destinations;
    private final Residents residents;
    private final Clock clock;

    TravelClearance(Consents consents, ProtectionHolds holds, Destinations destinations, Residents residents,
            Clock clock) {
        this.consents = consents;
        this.holds = holds;
        this.destinations = destinations;
        this.residents = residents;
        this.clock = clock;
    }

    Eligibility mayTravel(UUID individualId, UUID destinationId) {
        Destination destination = destinations.find(destinationId).orElse(null);
        Optional<Consent> own = consents.latestOf(individualId);
        List<Consent> naming = consents.naming(individualId);

        // the person is looked for in the households where their consents were given
        Set<UUID> households = new LinkedHashSet<>();
        own.ifPresent(c -> households.add(c.householdId()));
        naming.forEach(c -> households.add(c.householdId()));
        Optional<Resident> resident = Optional.empty();
        UUID headId = null;
        // one household at a time: the registry's single-household read is not audited per call, and a
        // person rarely has consents in more than one household
        for (UUID household : households) {
            List<Resident> members = residents.members(household);
            var found = members.stream().filter(m -> m.individualId().equals(individualId)).findFirst();
            if (found.isPresent()) {
                resident = found;
                headId = members.stream().filter(Resident::head).map(Resident::individualId).findFirst()
                        .orElse(null);
                break;
            }
        }
        var openHolds = destination == null ? List.<ProtectionHold>of() : holds.openFor(individualId, destinationId);
        var subject = new TravelRule.Subject(individualId, resident, headId, own, naming, openHolds);
        return TravelRule.decide(subject, destination, LocalDate.now(clock));
    }

    ConsentedTravellers whoMayTravelTo(UUID destinationId) {
        if (destinations.find(destinationId).isEmpty()) {
            return new ConsentedTravellers(destinationId, Map.of());
        }
        LocalDate today = LocalDate.now(clock);
        List<Consent> current = consents.currentFor(destinationId, today);
        if (current.isEmpty()) {
            return new ConsentedTravellers(destinationId, Map.of());
        }
        Set<UUID> held = holds.heldFor(destinationId);
        Set<UUID> householdIds = new HashSet<>();
        current.forEach(c -> householdIds.add(c.householdId()));
        Map<UUID, List<Resident>> membersByHousehold = residents.members(householdIds);

        Map<UUID, Set<UUID>> travellers = new HashMap<>();
        for (Consent consent : current) {
            List<Resident> members = membersByHousehold.getOrDefault(consent.householdId(), List.of());
            Map<UUID, Resident> byId = new HashMap<>();
            members.forEach(m -> byId.put(m.individualId(), m));
            Resident consenting = byId.get(consent.individualId());
            if (consenting == null || consenting.minor() && !consent.carriesAChild()) {
                continue; // moved away or unknown: mayTravel would not find them either
            }
            Set<UUID> clear = travellers.computeIfAbsent(consenting.householdId(), k -> new HashSet<>());
            Stream.concat(Stream.of(consenting),
                            consenting.head()
                                    ? consent.minorIds().stream().map(byId::get)
                                            .filter(m -> m != null && m.minor())
                                    : Stream.empty())
                    .map(Resident::individualId)
                    .filter(id -> !held.contains(id))
                    .forEach(clear::add);
        }
        return new ConsentedTravellers(destinationId, travellers);
    }
}
