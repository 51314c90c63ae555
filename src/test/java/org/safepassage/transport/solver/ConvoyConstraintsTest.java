package org.safepassage.transport.solver;

import static org.safepassage.transport.solver.Travellers.DARAA;
import static org.safepassage.transport.solver.Travellers.HOMS;
import static org.safepassage.transport.solver.Travellers.bus;
import static org.safepassage.transport.solver.Travellers.household;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

class ConvoyConstraintsTest {

    private final ConstraintVerifier<ConvoyConstraints, FleetAllocation> verifier = ConstraintVerifier.build(
            new ConvoyConstraints(), FleetAllocation.class, HouseholdUnit.class, Vehicle.class);

    private final Vehicle bus = bus("BUS-1", 10);
    private final Vehicle ambulance = new Vehicle("AMB-1", 4, 2, 1, null);

    @Nested
    class SeatsNeverExceeded {

        @Test
        void penalisesEveryPersonWithoutASeat() {
            verifier.verifyThat(ConvoyConstraints::seatsNeverExceeded)
                    .given(household("A").size(7).on(bus), household("B").size(6).on(bus))
                    .penalizesBy(3);
        }

        @Test
        void acceptsAFullVehicle() {
            verifier.verifyThat(ConvoyConstraints::seatsNeverExceeded)
                    .given(household("A").size(4).on(bus), household("B").size(6).on(bus))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MedicalSeatsNeverExceeded {

        @Test
        void penalisesEveryoneNeedingAMedicalSeatBeyondTheVehicles() {
            verifier.verifyThat(ConvoyConstraints::medicalSeatsNeverExceeded)
                    .given(household("A").size(2).medicalSeats(2).on(ambulance),
                            household("B").size(1).medicalSeats(1).on(ambulance))
                    .penalizesBy(1);
        }

        @Test
        void acceptsAsManyAsTheVehicleHas() {
            verifier.verifyThat(ConvoyConstraints::medicalSeatsNeverExceeded)
                    .given(household("A").size(2).medicalSeats(1).on(ambulance),
                            household("B").size(1).medicalSeats(1).on(ambulance))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WheelchairSpacesNeverExceeded {

        @Test
        void penalisesEveryWheelchairWithoutASpace() {
            verifier.verifyThat(ConvoyConstraints::wheelchairSpacesNeverExceeded)
                    .given(household("A").size(2).wheelchairSpaces(1).on(ambulance),
                            household("B").size(2).wheelchairSpaces(2).on(ambulance))
                    .penalizesBy(2);
        }

        @Test
        void acceptsAsManyAsTheVehicleHas() {
            verifier.verifyThat(ConvoyConstraints::wheelchairSpacesNeverExceeded)
                    .given(household("A").size(2).wheelchairSpaces(1).on(ambulance),
                            household("B").size(2).on(ambulance))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MedicalEscortOnBoard {

        @Test
        void penalisesAPatientOnAVehicleWithoutMedicalSeats() {
            verifier.verifyThat(ConvoyConstraints::medicalEscortOnBoard)
                    .given(household("A").size(3).medicalSeats(1).on(bus))
                    .penalizesBy(1);
        }

        @Test
        void acceptsAPatientOnAnAmbulance() {
            verifier.verifyThat(ConvoyConstraints::medicalEscortOnBoard)
                    .given(household("A").size(3).medicalSeats(1).on(ambulance))
                    .penalizesBy(0);
        }
    }

    @Nested
    class OneDestinationPerVehicle {

        @Test
        void penalisesEveryDestinationBeyondTheFirst() {
            verifier.verifyThat(ConvoyConstraints::oneDestinationPerVehicle)
                    .given(household("A").size(3).to(HOMS).on(bus), household("B").size(3).to(DARAA).on(bus),
                            household("C").size(3).to("Deir-ez-Zor").on(bus), household("D").size(1).to(HOMS).on(bus))
                    .penalizesBy(2);
        }

        @Test
        void acceptsHouseholdsGoingTheSameWayAndOthersOnOtherVehicles() {
            var other = bus("BUS-2", 10);
            verifier.verifyThat(ConvoyConstraints::oneDestinationPerVehicle)
                    .given(household("A").to(HOMS).on(bus), household("B").to(HOMS).on(bus),
                            household("C").to(DARAA).on(other))
                    .penalizesBy(0);
        }
    }

    @Nested
    class OnlyConsentedDestination {

        private final Vehicle committedToDaraa = new Vehicle("BUS-D", 50, 0, 0, DARAA);

        @Test
        void penalisesEveryoneOnAVehicleCommittedElsewhere() {
            verifier.verifyThat(ConvoyConstraints::onlyConsentedDestination)
                    .given(household("A").size(6).to(HOMS).on(committedToDaraa))
                    .penalizesBy(6);
        }

        @Test
        void acceptsThoseWhoConsentedToWhereTheVehicleGoes() {
            verifier.verifyThat(ConvoyConstraints::onlyConsentedDestination)
                    .given(household("A").size(6).to(DARAA).on(committedToDaraa), household("B").to(HOMS).on(bus))
                    .penalizesBy(0);
        }
    }

    @Nested
    class VulnerableFirst {

        @Test
        void penalisesAVulnerableHouseholdLeftBehindWhileALessVulnerableAsLargeRides() {
            verifier.verifyThat(ConvoyConstraints::vulnerableFirst)
                    .given(household("A").size(4).priority(3).leftBehind(), household("B").size(4).priority(0).on(bus))
                    .penalizesBy(4 * 3);
        }

        @Test
        void acceptsLeavingBehindOneThatCouldNotTakeTheRidersPlace() {
            verifier.verifyThat(ConvoyConstraints::vulnerableFirst)
                    .given(household("larger").size(6).priority(3).leftBehind(),
                            household("needs a wheelchair space").size(2).wheelchairSpaces(1).priority(3).leftBehind(),
                            household("elsewhere").size(2).priority(3).to(DARAA).leftBehind(),
                            household("rider").size(4).priority(0).on(bus))
                    .penalizesBy(0);
        }
    }

    @Nested
    class LongestWaitingFirst {

        @Test
        void penalisesAnEarlierRegisteredHouseholdLeftBehindWhileALaterOneAsLargeRides() {
            verifier.verifyThat(ConvoyConstraints::longestWaitingFirst)
                    .given(household("A").size(3).registeredOn("2017-04-01").leftBehind(),
                            household("B").size(5).registeredOn("2024-04-01").on(bus))
                    .penalizesBy(3);
        }

        @Test
        void acceptsLeavingBehindTheMoreRecentlyRegisteredOrThoseOfAnotherPriority() {
            verifier.verifyThat(ConvoyConstraints::longestWaitingFirst)
                    .given(household("recent").size(3).registeredOn("2025-04-01").leftBehind(),
                            household("other priority").size(3).priority(1).registeredOn("2017-01-01").leftBehind(),
                            household("rider").size(5).registeredOn("2024-04-01").on(bus))
                    .penalizesBy(0);
        }
    }

    @Nested
    class EveryoneCarried {

        @Test
        void penalisesEveryPersonLeftBehind() {
            verifier.verifyThat(ConvoyConstraints::everyoneCarried)
                    .given(household("A").size(5).leftBehind(), household("B").size(2).on(bus))
                    .penalizesBy(5);
        }

        @Test
        void acceptsEveryoneOnBoard() {
            verifier.verifyThat(ConvoyConstraints::everyoneCarried)
                    .given(household("A").size(5).on(bus), household("B").size(2).on(bus))
                    .penalizesBy(0);
        }
    }

    @Nested
    class FewestVehicles {

        @Test
        void penalisesEveryVehicleUsed() {
            verifier.verifyThat(ConvoyConstraints::fewestVehicles)
                    .given(bus, ambulance, household("A").on(bus), household("B").size(1).on(ambulance))
                    .penalizesBy(2);
        }

        @Test
        void doesNotCountVehiclesLeftAtTheCamp() {
            verifier.verifyThat(ConvoyConstraints::fewestVehicles)
                    .given(bus, ambulance, household("A").leftBehind())
                    .penalizesBy(0);
        }
    }

    @Nested
    class FullestVehicles {

        @Test
        void penalisesEveryEmptySeatOnAVehicleThatGoes() {
            verifier.verifyThat(ConvoyConstraints::fullestVehicles)
                    .given(household("A").size(4).on(bus), household("B").size(3).on(bus))
                    .penalizesBy(3);
        }

        @Test
        void acceptsFullVehicles() {
            verifier.verifyThat(ConvoyConstraints::fullestVehicles)
                    .given(household("A").size(4).on(bus), household("B").size(6).on(bus),
                            household("C").size(4).on(ambulance))
                    .penalizesBy(0);
        }
    }

    @Nested
    class BlocksTogether {

        @Test
        void penalisesEveryExtraVehicleABlockIsSpreadOver() {
            var second = bus("BUS-2", 10);
            var third = bus("BUS-3", 10);
            verifier.verifyThat(ConvoyConstraints::blocksTogether)
                    .given(household("A").block("B-7").on(bus), household("B").block("B-7").on(second),
                            household("C").block("B-7").on(third))
                    .penalizesBy(2);
        }

        @Test
        void acceptsABlockOnOneVehicleAndNeighboursGoingElsewhere() {
            var second = bus("BUS-2", 10);
            verifier.verifyThat(ConvoyConstraints::blocksTogether)
                    .given(household("A").block("B-7").on(bus), household("B").block("B-7").on(bus),
                            household("C").block("B-7").to(DARAA).on(second),
                            household("D").block(null).on(second))
                    .penalizesBy(0);
        }
    }
}
