package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A corridor's status is whatever its history says last, and is kept nowhere else. */
@SafePassageTest
class CorridorStatusTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CorridorAdministration administration;

    @Autowired
    CorridorManagement corridors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void statusIsDerivedFromTheLatestEntryOfTheHistory() throws Exception {
        var corridor = CorridorFixtures.corridor(administration);
        assertThat(corridors.corridor(corridor.id()).orElseThrow().status()).isEqualTo(CorridorStatus.PLANNED);

        // when logistics opens it, then suspends it through the API
        mvc.perform(post("/api/corridors/{id}/status", corridor.id()).with(user("lo").roles("LOGISTICS"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"OPEN\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(post("/api/corridors/{id}/status", corridor.id()).with(user("lo").roles("LOGISTICS"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SUSPENDED\",\"reason\":\"Escort did not arrive\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("SUSPENDED"));

        // then the corridor reads suspended, and its history holds all three entries with who recorded them
        mvc.perform(get("/api/corridors/{id}", corridor.id()).with(user("an").roles("ANALYST")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));
        mvc.perform(get("/api/corridors/{id}/history", corridor.id()).with(user("an").roles("ANALYST")))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].status").value("SUSPENDED"))
                .andExpect(jsonPath("$[0].reason").value("Escort did not arrive"))
                .andExpect(jsonPath("$[0].recordedBy").value("lo"));
    }

    @Test
    void anEntryDatedBeforeTheLatestIsKeptButDoesNotChangeTheStatus() {
        var corridor = CorridorFixtures.corridor(administration);
        CorridorFixtures.saved(administration.changeStatus(corridor.id(),
                new ChangeStatus(CorridorStatus.OPEN, null, null)));

        // recorded now, but it happened an hour before the corridor was opened
        var late = administration.changeStatus(corridor.id(), new ChangeStatus(CorridorStatus.CLOSED,
                "Closed overnight", clock.instant().minus(Duration.ofHours(1))));

        assertThat(late).isInstanceOf(Outcome.Saved.class);
        assertThat(corridors.history(corridor.id()).changes()).hasSize(3);
        assertThat(corridors.corridor(corridor.id()).orElseThrow().status()).isEqualTo(CorridorStatus.OPEN);
    }

    @Test
    void refusesToSuspendWithoutAReasonOrToRepeatTheCurrentStatus() throws Exception {
        var corridor = CorridorFixtures.corridor(administration);

        mvc.perform(post("/api/corridors/{id}/status", corridor.id()).with(user("lo").roles("LOGISTICS"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"SUSPENDED\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/corridor/refused"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(administration.changeStatus(corridor.id(), new ChangeStatus(CorridorStatus.PLANNED, null, null)))
                .isEqualTo(new Outcome.Rejected("status", "corridor.error.statusUnchanged"));
    }

    @Test
    void theStatusIsStoredOnlyInTheHistory() {
        long statusColumns = jdbc.sql("""
                SELECT count(*) FROM information_schema.columns
                WHERE table_name IN ('corridor', 'checkpoint') AND column_name LIKE '%status%'
                """).query(Long.class).single();

        assertThat(statusColumns).isZero();
    }

    @Test
    void corridorsAndCheckpointsComeOutAsGeoJson() throws Exception {
        var corridor = CorridorFixtures.corridor(administration);

        mvc.perform(get("/api/corridors/{id}/geojson", corridor.id()).with(user("dev").roles("DEVICE")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("LineString"))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0][0]").value(38.70))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0][1]").value(33.29))
                .andExpect(jsonPath("$.features[1].geometry.type").value("Point"))
                .andExpect(jsonPath("$.features[1].properties.sequence").value(1))
                .andExpect(jsonPath("$.features[2].properties.expectedMinutesFromCamp").value(180));
    }
}
