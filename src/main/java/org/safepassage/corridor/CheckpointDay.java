package org.safepassage.corridor;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** One checkpoint's day: people and households that passed, and services delivered by kind. */
public record CheckpointDay(UUID checkpointId, LocalDate day, long people, long households,
        Map<ServiceType, Long> servicesDelivered) {

    public CheckpointDay {
        servicesDelivered = Map.copyOf(servicesDelivered);
    }

    public static CheckpointDay none(UUID checkpointId, LocalDate day) {
        return new CheckpointDay(checkpointId, day, 0, 0, Map.of());
    }

    public long delivered(ServiceType service) {
        return servicesDelivered.getOrDefault(service, 0L);
    }
}
