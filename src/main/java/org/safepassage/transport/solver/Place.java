package org.safepassage.transport.solver;

/**
 * The kind of place a rider takes: to where, given to whom (priority), and how many seats, medical seats and
 * wheelchair spaces. Riders are grouped by it, so that asking "does a less vulnerable household ride in a place I
 * could take?" looks at a few dozen kinds of place instead of thousands of riders.
 */
record Place(String destination, int priority, int size, int medicalSeats, int wheelchairSpaces) {

    /** The unit fits in this place: the seats, medical seats and wheelchair spaces are enough for it. */
    boolean couldTake(HouseholdUnit unit) {
        return unit.getSize() <= size && unit.getMedicalSeats() <= medicalSeats
                && unit.getWheelchairSpaces() <= wheelchairSpaces;
    }
}
