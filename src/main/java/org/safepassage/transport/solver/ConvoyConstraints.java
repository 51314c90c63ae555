package org.safepassage.transport.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.compose;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static org.safepassage.transport.solver.ScoreLevels.BLOCKS_TOGETHER;
import static org.safepassage.transport.solver.ScoreLevels.EVERYONE_CARRIED;
import static org.safepassage.transport.solver.ScoreLevels.FEWEST_VEHICLES;
import static org.safepassage.transport.solver.ScoreLevels.FULLEST_VEHICLES;
import static org.safepassage.transport.solver.ScoreLevels.HARD;
import static org.safepassage.transport.solver.ScoreLevels.LONGEST_WAITING_FIRST;
import static org.safepassage.transport.solver.ScoreLevels.VULNERABLE_FIRST;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules of a convoy plan. Hard rules protect people (never split a household, never overfill, never take
 * anyone where they did not consent to go); soft rules, on their own levels in {@link ScoreLevels}, say who goes
 * first and how well the fleet is used.
 */
public class ConvoyConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                seatsNeverExceeded(factory),
                medicalSeatsNeverExceeded(factory),
                wheelchairSpacesNeverExceeded(factory),
                medicalEscortOnBoard(factory),
                oneDestinationPerVehicle(factory),
                onlyConsentedDestination(factory),
                vulnerableFirst(factory),
                longestWaitingFirst(factory),
                everyoneCarried(factory),
                fewestVehicles(factory),
                fullestVehicles(factory),
                blocksTogether(factory),
        };
    }

    // A vehicle never carries more people than it has seats.
    Constraint seatsNeverExceeded(ConstraintFactory factory) {
        return loads(factory)
                .filter(load -> load.people() > load.vehicle().getSeats())
                .penalize(HARD, load -> load.people() - load.vehicle().getSeats())
                .asConstraint("Seats never exceeded");
    }

    // A vehicle never carries more people needing a medical seat than it has medical seats.
    Constraint medicalSeatsNeverExceeded(ConstraintFactory factory) {
        return loads(factory)
                .filter(load -> load.spareMedicalSeats() < 0)
                .penalize(HARD, load -> -load.spareMedicalSeats())
                .asConstraint("Medical seats never exceeded");
    }

    // A vehicle never carries more wheelchair users than it has wheelchair spaces.
    Constraint wheelchairSpacesNeverExceeded(ConstraintFactory factory) {
        return loads(factory)
                .filter(load -> load.spareWheelchairSpaces() < 0)
                .penalize(HARD, load -> -load.spareWheelchairSpaces())
                .asConstraint("Wheelchair spaces never exceeded");
    }

    // People who need medical escort only ride a vehicle equipped with enough medical seats for them.
    Constraint medicalEscortOnBoard(ConstraintFactory factory) {
        return factory.forEach(HouseholdUnit.class)
                .filter(unit -> unit.getMedicalSeats() > unit.getVehicle().getMedicalSeats())
                .penalize(HARD, unit -> unit.getMedicalSeats() - unit.getVehicle().getMedicalSeats())
                .asConstraint("Medical escort on board");
    }

    // A vehicle goes to one destination: everybody on it consented to the same one; each extra one counts.
    Constraint oneDestinationPerVehicle(ConstraintFactory factory) {
        return loads(factory)
                .filter(load -> load.destinations() > 1)
                .penalize(HARD, load -> load.destinations() - 1)
                .asConstraint("One destination per vehicle");
    }

    // A vehicle already committed to a destination only takes people who consented to that destination.
    Constraint onlyConsentedDestination(ConstraintFactory factory) {
        return factory.forEach(HouseholdUnit.class)
                .filter(unit -> !unit.getVehicle().mayGoTo(unit.getDestination()))
                .penalize(HARD, HouseholdUnit::getSize)
                .asConstraint("Only the consented destination");
    }

    // A household is not left behind while a less vulnerable one, as large or larger, rides to its destination in
    // a place it could take; the more vulnerable the household left behind, the worse.
    Constraint vulnerableFirst(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(HouseholdUnit.class)
                .filter(HouseholdUnit::isLeftBehind)
                .ifExists(factory.forEach(HouseholdUnit.class).groupBy(HouseholdUnit::getPlace),
                        Joiners.equal(HouseholdUnit::getDestination, Place::destination),
                        Joiners.greaterThan(HouseholdUnit::getPriority, Place::priority),
                        Joiners.lessThanOrEqual(HouseholdUnit::getSize, Place::size),
                        Joiners.filtering((unit, place) -> place.couldTake(unit)))
                .penalize(VULNERABLE_FIRST, unit -> unit.getSize() * Math.max(1, unit.getPriority()))
                .asConstraint("Most vulnerable first");
    }

    // Among equally vulnerable households, one registered earlier is not left behind while one registered later, as
    // large or larger, rides to its destination in a place it could take.
    Constraint longestWaitingFirst(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(HouseholdUnit.class)
                .filter(HouseholdUnit::isLeftBehind)
                .ifExists(factory.forEach(HouseholdUnit.class)
                                .groupBy(HouseholdUnit::getPlace, max(HouseholdUnit::getRegisteredOn))
                                .map(LatestRider::new),
                        Joiners.equal(HouseholdUnit::getDestination, latest -> latest.place().destination()),
                        Joiners.equal(HouseholdUnit::getPriority, latest -> latest.place().priority()),
                        Joiners.lessThanOrEqual(HouseholdUnit::getSize, latest -> latest.place().size()),
                        Joiners.lessThan(HouseholdUnit::getRegisteredOn, LatestRider::registeredOn),
                        Joiners.filtering((unit, latest) -> latest.place().couldTake(unit)))
                .penalize(LONGEST_WAITING_FIRST, HouseholdUnit::getSize)
                .asConstraint("Longest registered first");
    }

    // Every person left behind is a seat the fleet did not give.
    Constraint everyoneCarried(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(HouseholdUnit.class)
                .filter(HouseholdUnit::isLeftBehind)
                .penalize(EVERYONE_CARRIED, HouseholdUnit::getSize)
                .asConstraint("Everyone carried");
    }

    // Every vehicle used needs a driver, fuel and an escort through the corridor.
    Constraint fewestVehicles(ConstraintFactory factory) {
        return loads(factory)
                .penalize(FEWEST_VEHICLES)
                .asConstraint("Fewest vehicles");
    }

    // Seats that travel empty are wasted: among plans with as many vehicles, the one sending smaller ones.
    Constraint fullestVehicles(ConstraintFactory factory) {
        return loads(factory)
                .filter(load -> load.people() < load.vehicle().getSeats())
                .penalize(FULLEST_VEHICLES, load -> load.vehicle().getSeats() - load.people())
                .asConstraint("Fullest vehicles");
    }

    // Neighbours from one shelter block going to the same destination ride together: each extra vehicle they
    // are spread over counts.
    Constraint blocksTogether(ConstraintFactory factory) {
        return factory.forEach(HouseholdUnit.class)
                .filter(unit -> unit.getBlock() != null)
                .groupBy(HouseholdUnit::getBlock, HouseholdUnit::getDestination, countDistinct(HouseholdUnit::getVehicle))
                .filter((block, destination, vehicles) -> vehicles > 1)
                .penalize(BLOCKS_TOGETHER, (block, destination, vehicles) -> vehicles - 1)
                .asConstraint("Shelter blocks together");
    }

    /** One group per vehicle for all the rules about what is on board, so a move updates each vehicle once. */
    private static UniConstraintStream<VehicleLoad> loads(ConstraintFactory factory) {
        return factory.forEach(HouseholdUnit.class)
                .groupBy(HouseholdUnit::getVehicle, compose(sum(HouseholdUnit::getSize),
                        sum(HouseholdUnit::getMedicalSeats), sum(HouseholdUnit::getWheelchairSpaces),
                        countDistinct(HouseholdUnit::getDestination), VehicleLoad.Riders::new))
                .map(VehicleLoad::of);
    }
}
