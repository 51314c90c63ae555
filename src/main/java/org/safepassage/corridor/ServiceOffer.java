package org.safepassage.corridor;

import java.util.Objects;

/** A service a checkpoint offers and whether it is available now. */
public record ServiceOffer(ServiceType service, Availability availability) {

    public ServiceOffer {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(availability, "availability");
    }
}
