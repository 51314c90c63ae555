package org.safepassage.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanAssessmentTest {

    private final PlanningInstance instance = new PlanningInstance(List.of(
            unit("H-1", 6, "Homs", 0, 3, "B-1"),
            unit("H-2", 6, "Homs", 0, 0, "B-1"),
            unit("H-3", 4, "Daraa", 1, 2, "B-1"),
            unit("H-4", 3, "Homs", 0, 0, "B-2")),
            List.of(VehicleCapacity.free("BUS-1", 10, 0, 0), VehicleCapacity.free("AMB-1", 4, 1, 0),
                    new VehicleCapacity("BUS-D", 10, 0, 0, "Daraa")));

    @Test
    void findsNothingWrongWithAPlanThatKeepsEveryRule() {
        var plan = plan(List.of(ride("H-1", "BUS-1"), ride("H-4", "BUS-1"), ride("H-3", "AMB-1")), List.of("H-2"));

        var assessment = PlanAssessment.of(instance, plan);

        assertThat(assessment.violations()).isEmpty();
        assertThat(assessment.vehiclesUsed()).isEqualTo(2);
        assertThat(assessment.peopleCarried()).isEqualTo(13);
        assertThat(assessment.unitsLeftBehind()).isEqualTo(1);
        assertThat(assessment.priorityInversions()).isZero();
        assertThat(assessment.needsLeftBehindPlaceable()).isZero();
    }

    @Test
    void countsEveryBrokenRuleFromScratch() {
        var plan = plan(List.of(ride("H-1", "BUS-1"), ride("H-2", "BUS-1"), ride("H-3", "BUS-D"),
                ride("H-4", "BUS-D"), ride("H-4", "AMB-1")), List.of());

        var violations = PlanAssessment.of(instance, plan).violations();

        assertThat(violations).containsExactlyInAnyOrder(
                "H-4 appears more than once",
                "BUS-1: 12 people on 10 seats",
                "BUS-D: 1 need a medical seat, it has 0",
                "BUS-D: going to 2 destinations",
                "H-4 consented to Homs, BUS-D goes to Daraa");
    }

    @Test
    void countsAVulnerableHouseholdLeftBehindWhileALessVulnerableAsLargeRides() {
        var plan = plan(List.of(ride("H-2", "BUS-1"), ride("H-4", "BUS-1"), ride("H-3", "AMB-1")), List.of("H-1"));

        var assessment = PlanAssessment.of(instance, plan);

        assertThat(assessment.priorityInversions()).isEqualTo(1);
        assertThat(assessment.priorityInversionsIgnoringNeeds()).isEqualTo(1);
    }

    @Test
    void doesNotCountAPatientLeftBehindWhenTheRidersPlaceHasNoMedicalSeat() {
        var withPatient = new PlanningInstance(List.of(unit("patient", 3, "Homs", 1, 4, null),
                unit("rider", 5, "Homs", 0, 0, null)), List.of(VehicleCapacity.free("BUS-1", 5, 0, 0)));

        var assessment = PlanAssessment.of(withPatient, plan(List.of(ride("rider", "BUS-1")), List.of("patient")));

        assertThat(assessment.priorityInversions()).isZero();
        assertThat(assessment.priorityInversionsIgnoringNeeds()).isEqualTo(1);
    }

    @Test
    void measuresHowCloseNeighboursRide() {
        var plan = plan(List.of(ride("H-1", "BUS-1"), ride("H-2", "BUS-D"), ride("H-4", "BUS-1")), List.of("H-3"));

        var assessment = PlanAssessment.of(instance, plan);

        assertThat(assessment.vehiclesPerBlock()).isEqualTo(1.5); // B-1 on two vehicles, B-2 on one
        assertThat(assessment.blockPairsTogether()).isZero(); // the one pair of B-1 to Homs rides apart
        assertThat(assessment.needsLeftBehindPlaceable()).isEqualTo(1); // H-3 would fit the ambulance
    }

    private static ConvoyPlan.Assignment ride(String unit, String vehicle) {
        return new ConvoyPlan.Assignment(unit, unit, vehicle);
    }

    private static ConvoyPlan plan(List<ConvoyPlan.Assignment> assignments, List<String> unassigned) {
        return new ConvoyPlan(assignments, unassigned, "", true);
    }

    private static TravellingUnit unit(String ref, int size, String destination, int medicalSeats, int priority,
            String block) {
        return TravellingUnit.wholeHousehold(ref, size, destination, medicalSeats, 0, priority,
                LocalDate.of(2019, 1, 1), block);
    }
}
