package org.safepassage.transport.planning;

import java.util.UUID;

/** A unit of a run with the vehicle the plan gives it ({@code null}: left behind). */
public record PlannedUnit(UnitDraft unit, UUID vehicleId, String vehicleRef) {

    public boolean placed() {
        return vehicleId != null;
    }
}
