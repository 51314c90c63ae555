package org.safepassage.transport.solver;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;

/**
 * A vehicle offered to the plan. The solver never changes what it is; it only keeps track of who rides it, so that
 * moves which would overfill it or mix destinations are not even tried.
 */
@PlanningEntity
public class Vehicle {

    @PlanningId
    private String ref;
    private int seats;
    private int medicalSeats;
    private int wheelchairSpaces;
    /** Committed elsewhere before planning; {@code null} when the plan may choose. */
    private String fixedDestination;

    @InverseRelationShadowVariable(sourceVariableName = "vehicle")
    private List<HouseholdUnit> riders = new ArrayList<>();

    Vehicle() {
        // for Timefold
    }

    public Vehicle(String ref, int seats, int medicalSeats, int wheelchairSpaces, String fixedDestination) {
        this.ref = ref;
        this.seats = seats;
        this.medicalSeats = medicalSeats;
        this.wheelchairSpaces = wheelchairSpaces;
        this.fixedDestination = fixedDestination;
    }

    public String getRef() {
        return ref;
    }

    public int getSeats() {
        return seats;
    }

    public int getMedicalSeats() {
        return medicalSeats;
    }

    public int getWheelchairSpaces() {
        return wheelchairSpaces;
    }

    public String getFixedDestination() {
        return fixedDestination;
    }

    public List<HouseholdUnit> getRiders() {
        return riders;
    }

    /** A vehicle already committed to a destination takes nobody who consented to another one. */
    public boolean mayGoTo(String destination) {
        return fixedDestination == null || fixedDestination.equals(destination);
    }

    /** Places a traveller without special needs would take from someone who has them. */
    int specialPlaces() {
        return medicalSeats + wheelchairSpaces;
    }

    /**
     * With {@code leaving} getting off, {@code boarding} could get on without breaking a hard rule: one destination
     * for everybody on board, one this vehicle may go to, and enough seats, medical seats and wheelchair spaces.
     */
    boolean couldCarryInstead(List<?> boarding, List<?> leaving) {
        String destination = null;
        int people = 0;
        int medical = 0;
        int wheelchair = 0;
        for (Object traveller : boarding) {
            var unit = (HouseholdUnit) traveller;
            if (destination == null) {
                destination = unit.getDestination();
            } else if (!destination.equals(unit.getDestination())) {
                return false;
            }
            people += unit.getSize();
            medical += unit.getMedicalSeats();
            wheelchair += unit.getWheelchairSpaces();
        }
        if (destination == null || !mayGoTo(destination)) {
            return false;
        }
        for (HouseholdUnit rider : riders) {
            if (leaving.contains(rider) || boarding.contains(rider)) {
                continue;
            }
            if (!rider.getDestination().equals(destination)) {
                return false;
            }
            people += rider.getSize();
            medical += rider.getMedicalSeats();
            wheelchair += rider.getWheelchairSpaces();
        }
        return people <= seats && medical <= medicalSeats && wheelchair <= wheelchairSpaces;
    }

    @Override
    public String toString() {
        return ref;
    }
}
