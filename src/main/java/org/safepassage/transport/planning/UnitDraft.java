package org.safepassage.transport.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.safepassage.transport.TravellingUnit;

/**
 * A travelling unit as the database keeps it: the planning instance's figures and the people behind them.
 *
 * @param wholeHousehold every member of the household travels; otherwise only those who may go to the destination
 */
public record UnitDraft(String ref, UUID householdId, String householdRef, List<UUID> individualIds,
        boolean wholeHousehold, int medicalSeats, int wheelchairSpaces, int priority, LocalDate registeredOn,
        String block) {

    public UnitDraft {
        individualIds = List.copyOf(individualIds);
    }

    public int size() {
        return individualIds.size();
    }

    public TravellingUnit toUnit(String destinationCode) {
        return new TravellingUnit(ref, householdRef, size(), destinationCode, medicalSeats, wheelchairSpaces, priority,
                registeredOn, block);
    }
}
