package org.safepassage.transport.planning;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.safepassage.registry.SpecificNeed;
import org.safepassage.registry.Traveller;

/**
 * What the registry's specific-needs reference data says a traveller needs on a vehicle: a medical seat, a
 * wheelchair space. Read from the flags of the codes (ADMIN may flag codes added later), never from a list here.
 */
public record NeedFlags(Set<String> medicalSeatCodes, Set<String> wheelchairCodes) {

    public NeedFlags {
        medicalSeatCodes = Set.copyOf(medicalSeatCodes);
        wheelchairCodes = Set.copyOf(wheelchairCodes);
    }

    public static NeedFlags of(List<SpecificNeed> needs) {
        return new NeedFlags(
                needs.stream().filter(SpecificNeed::medicalSeat).map(SpecificNeed::code).collect(Collectors.toSet()),
                needs.stream().filter(SpecificNeed::wheelchair).map(SpecificNeed::code).collect(Collectors.toSet()));
    }

    public boolean needsMedicalSeat(Traveller traveller) {
        return traveller.specificNeeds().stream().anyMatch(medicalSeatCodes::contains);
    }

    public boolean needsWheelchairSpace(Traveller traveller) {
        return traveller.specificNeeds().stream().anyMatch(wheelchairCodes::contains);
    }
}
