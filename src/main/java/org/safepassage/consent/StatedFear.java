package org.safepassage.consent;

import java.util.Objects;
import java.util.UUID;

/**
 * A fear stated in an interview, and the destination it concerns.
 *
 * @param destinationId null when the fear concerns every destination
 */
public record StatedFear(Fear fear, UUID destinationId) {

    public StatedFear {
        Objects.requireNonNull(fear, "fear");
    }

    public boolean concerns(UUID destination) {
        return destinationId == null || destinationId.equals(destination);
    }
}
