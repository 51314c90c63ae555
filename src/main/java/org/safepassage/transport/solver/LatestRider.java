package org.safepassage.transport.solver;

import java.time.LocalDate;

/** Of the riders in one kind of place, the registration date of the most recently registered. */
record LatestRider(Place place, LocalDate registeredOn) {
}
