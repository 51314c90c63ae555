package org.safepassage.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class PlanningJsonTest {

    private static final String VALID = """
            { "households": [
                { "ref": "H-1", "size": 5, "destination": "Homs", "medicalSeats": 1, "wheelchairSpaces": 0,
                  "priority": 4, "registeredOn": "2017-03-02", "block": "B-12" },
                { "ref": "H-2", "size": 2, "destination": "Daraa", "medicalSeats": 0, "wheelchairSpaces": 1,
                  "priority": 0, "registeredOn": "2021-11-30" } ],
              "vehicles": [
                { "ref": "BUS-1", "seats": 50, "medicalSeats": 2, "wheelchairSpaces": 1 },
                { "ref": "AMB-1", "seats": 4, "medicalSeats": 2, "wheelchairSpaces": 1, "destination": "Daraa" } ] }
            """;

    @Test
    void readsAValidInstanceWithOptionalBlockAndDestination() {
        var reading = PlanningJson.read(VALID);

        assertThat(reading).isInstanceOf(PlanningJson.Valid.class);
        var instance = ((PlanningJson.Valid) reading).instance();
        assertThat(instance.units()).containsExactly(
                TravellingUnit.wholeHousehold("H-1", 5, "Homs", 1, 0, 4, LocalDate.of(2017, 3, 2), "B-12"),
                TravellingUnit.wholeHousehold("H-2", 2, "Daraa", 0, 1, 0, LocalDate.of(2021, 11, 30), null));
        assertThat(instance.vehicles()).containsExactly(VehicleCapacity.free("BUS-1", 50, 2, 1),
                new VehicleCapacity("AMB-1", 4, 2, 1, "Daraa"));
    }

    @Test
    void refusesABadFieldNamingItsPathAndRule() {
        assertThat(problems(VALID.replace("\"size\": 2", "\"size\": 0")))
                .containsExactly("households[1].size: must be a positive integer");
        assertThat(problems(VALID.replace("\"seats\": 50", "\"seats\": -50")))
                .containsExactly("vehicles[0].seats: must be a positive integer");
        assertThat(problems(VALID.replace("\"size\": 5", "\"size\": 5.5")))
                .containsExactly("households[0].size: must be a positive integer");
        assertThat(problems(VALID.replace("\"2021-11-30\"", "\"30/11/2021\"")))
                .containsExactly("households[1].registeredOn: must be an ISO date (YYYY-MM-DD)");
        assertThat(problems(VALID.replace("\"medicalSeats\": 1,", "\"medicalSeats\": 6,")))
                .containsExactly("households[0].medicalSeats: must not exceed size (5)");
        assertThat(problems(VALID.replace("\"priority\": 4", "\"priority\": \"high\"")))
                .containsExactly("households[0].priority: must be an integer");
    }

    @Test
    void refusesDuplicateRefsMissingFieldsAndUnknownOnes() {
        assertThat(problems(VALID.replace("\"ref\": \"H-2\"", "\"ref\": \"H-1\"")))
                .containsExactly("households[1].ref: duplicate of households[0].ref (H-1)");
        assertThat(problems(VALID.replace("\"ref\": \"AMB-1\"", "\"ref\": \"BUS-1\"")))
                .containsExactly("vehicles[1].ref: duplicate of vehicles[0].ref (BUS-1)");
        assertThat(problems(VALID.replace("\"destination\": \"Homs\", ", "")))
                .containsExactly("households[0].destination: is required");
        assertThat(problems("{ \"households\": [] }")).containsExactly("vehicles: is required");
        assertThat(problems(VALID.replace("\"block\": \"B-12\"", "\"blok\": \"B-12\"")))
                .singleElement().asString().startsWith("households[0].blok: unknown field");
    }

    @Test
    void refusesWhatIsNotJsonOrNotAnInstance() {
        assertThat(problems("{ \"households\": [ ")).singleElement().asString().startsWith("instance: not valid JSON at line 1");
        assertThat(problems("[]")).containsExactly("instance: must be a JSON object with households and vehicles");
        assertThat(problems("{ \"households\": {}, \"vehicles\": [ 3 ] }"))
                .containsExactly("households: must be an array", "vehicles[0]: must be an object");
    }

    @Test
    void reportsEveryProblemOfAFileButNotEndlessly() {
        StringBuilder json = new StringBuilder("{ \"vehicles\": [], \"households\": [");
        for (int i = 0; i < 150; i++) {
            json.append(i == 0 ? "" : ",").append("{ \"ref\": \"H-").append(i).append("\" }");
        }
        json.append("] }");

        List<String> problems = problems(json.toString());

        assertThat(problems).hasSize(PlanningJson.MAX_PROBLEMS + 1).last().isEqualTo("(more problems not shown)");
    }

    @Test
    void writesThePlanContract() {
        var plan = new ConvoyPlan(List.of(new ConvoyPlan.Assignment("H-1", "H-1", "AMB-1")), List.of("H-2"),
                "[0]hard/[0/0/-2/-1/-2/0]soft", true);

        var json = JsonMapper.builder().build().readTree(PlanningJson.write(plan));

        assertThat(json.propertyNames()).containsExactly("assignments", "unassigned", "score");
        assertThat(json.get("assignments").get(0).get("household").stringValue()).isEqualTo("H-1");
        assertThat(json.get("assignments").get(0).get("vehicle").stringValue()).isEqualTo("AMB-1");
        assertThat(json.get("assignments").get(0).propertyNames()).containsExactly("household", "vehicle");
        assertThat(json.get("unassigned").get(0).stringValue()).isEqualTo("H-2");
        assertThat(json.get("score").stringValue()).isEqualTo("[0]hard/[0/0/-2/-1/-2/0]soft");
    }

    private static List<String> problems(String json) {
        var reading = PlanningJson.read(json);
        assertThat(reading).isInstanceOf(PlanningJson.Invalid.class);
        return ((PlanningJson.Invalid) reading).problems();
    }
}
