package org.safepassage.corridor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A checkpoint along a corridor, in order from the camp ({@code sequence} 1 is the first one reached), with
 * the travel time the operation expects from leaving the camp to reaching it. The transport module raises an
 * alarm for anyone not seen at the next checkpoint within that time plus a grace period.
 */
public record Checkpoint(UUID id, UUID corridorId, String code, String nameEn, String nameAr, int sequence,
        GeoPoint position, int expectedMinutesFromCamp, String operator, OpeningHours openingHours,
        Integer capacityPerHour, String liaisonName, String liaisonPhone, List<ServiceOffer> services) {

    public Checkpoint {
        services = List.copyOf(services);
    }

    public Optional<ServiceOffer> offer(ServiceType service) {
        return services.stream().filter(offer -> offer.service() == service).findFirst();
    }
}
