package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A destination's corridor is open exactly when at least one corridor serving it is open now on the board. */
@SafePassageTest
class CorridorFlagOfDestinationsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CorridorAdministration administration;

    @Autowired
    ConsentManagement consent;

    @Test
    void theDestinationsCorridorFlagFollowsTheStatusOfTheCorridorsServingIt() throws Exception {
        // given a destination stated by hand as having an open corridor, served by two planned corridors
        String code = CorridorFixtures.uniqueCode("CF").toUpperCase();
        mvc.perform(put("/api/destinations/{code}", code).with(user("ad").roles("ADMIN"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameEn\":\"Town\",\"nameAr\":\"بلدة\",\"kind\":\"GOVERNMENT_HELD\","
                                + "\"corridorOpen\":true,\"transportAvailable\":true}"))
                .andExpect(status().isOk());
        UUID first = corridorTo(code);
        UUID second = corridorTo(code);
        assertThat(corridorOpen(code)).as("no corridor is open yet, whatever was stated by hand").isFalse();

        // when one of them opens
        change(first, "{\"status\":\"OPEN\"}");
        assertThat(corridorOpen(code)).isTrue();

        // when the other opens and the first is suspended, the destination still has an open corridor
        change(second, "{\"status\":\"OPEN\"}");
        change(first, "{\"status\":\"SUSPENDED\",\"reason\":\"Escort did not arrive\"}");
        assertThat(corridorOpen(code)).isTrue();

        // when the last open one is suspended too, the consent form's destination reads without a corridor
        change(second, "{\"status\":\"SUSPENDED\",\"reason\":\"No humanitarian access\"}");
        assertThat(corridorOpen(code)).isFalse();
        assertThat(consent.destinations().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow()
                .corridorOpen()).isFalse();
    }

    @Test
    void theDestinationsPageSaysTheCorridorFlagComesFromTheBoardAndOffersNoBoxForIt() throws Exception {
        mvc.perform(get("/consent/destinations").with(user("lo").roles("LOGISTICS")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"corridor-source\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("name=\"corridorOpen\""))));
    }

    private boolean corridorOpen(String code) {
        return consent.destinationByCode(code).orElseThrow().corridorOpen();
    }

    private UUID corridorTo(String code) {
        String corridorCode = CorridorFixtures.uniqueCode("C");
        return CorridorFixtures.saved(administration.createCorridor(new CorridorDetails(corridorCode,
                "Road " + corridorCode, "طريق " + corridorCode, "Camp", "Town", "Authority",
                new Route(List.of(new GeoPoint(38.70, 33.29), new GeoPoint(38.18, 33.58))),
                List.of(new Destination(code, "Town", "بلدة")))));
    }

    private void change(UUID corridor, String body) throws Exception {
        mvc.perform(post("/api/corridors/{id}/status", corridor).with(user("lo").roles("LOGISTICS"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
    }
}
