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
        Integer capacityPerHour, String liaisonName, String liaisonPhone, List<ServiceOffer> services,
        String operatorAr) {

    public Checkpoint {
        services = List.copyOf(services);
    }

    /** A checkpoint whose operator is known in one language only. */
    public Checkpoint(UUID id, UUID corridorId, String code, String nameEn, String nameAr, int sequence,
            GeoPoint position, int expectedMinutesFromCamp, String operator, OpeningHours openingHours,
            Integer capacityPerHour, String liaisonName, String liaisonPhone, List<ServiceOffer> services) {
        this(id, corridorId, code, nameEn, nameAr, sequence, position, expectedMinutesFromCamp, operator,
                openingHours, capacityPerHour, liaisonName, liaisonPhone, services, null);
    }

    /** Who runs it, in Arabic for an Arabic reader when the checkpoint has it in Arabic. */
    public String operator(java.util.Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage()) && operatorAr != null ? operatorAr : operator;
    }

    public Optional<ServiceOffer> offer(ServiceType service) {
        return services.stream().filter(offer -> offer.service() == service).findFirst();
    }
}
