package org.safepassage.consent;

import java.util.Set;

/**
 * What the corridor board says now: the codes of the destinations served by at least one corridor that is open
 * at this moment. The module that keeps the corridors implements it; a destination's corridor flag is read from
 * it on every read, so it never drifts from the board. Without an implementation no corridor counts as open.
 */
public interface CorridorBoard {

    /** Destination codes (upper case) with at least one corridor open now. */
    Set<String> destinationsWithOpenCorridor();
}
