package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On Arabic pages every Latin value of a checkpoint (its code, operator, liaison, phone, opening hours) is
 * isolated in its own direction, so the bidi algorithm cannot mix its words with those around it.
 */
@SafePassageTest
class CorridorPagesBidiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CorridorAdministration administration;

    @Test
    void theCorridorPageIsolatesEachLatinValueOfItsCheckpoints() throws Exception {
        var corridor = CorridorFixtures.corridor(administration);

        String page = arabic("/corridors/" + corridor.id());

        assertThat(page).contains("<bdi dir=\"ltr\">" + corridor.code() + "-1</bdi> · <bdi>Army</bdi>")
                .contains("<bdi class=\"liaison-name\">Liaison</bdi>")
                .contains("<bdi dir=\"ltr\" class=\"phone\">+963 900 000 000</bdi>")
                .contains("<bdi dir=\"ltr\" class=\"nowrap\">\u206600:00–23:59\u2069</bdi>")
                .contains("تديره \u2068Test authority\u2069");
    }

    @Test
    void theBoardIsolatesEachLatinValueOfItsCheckpoints() throws Exception {
        var corridor = CorridorFixtures.corridor(administration);

        String page = arabic("/corridors");

        assertThat(page).contains("<bdi dir=\"ltr\">" + corridor.code() + "-2</bdi> · <bdi>Police</bdi>")
                .contains("<bdi dir=\"ltr\" class=\"nowrap\">\u206600:00–23:59\u2069</bdi>");
    }

    private String arabic(String path) throws Exception {
        return mvc.perform(get(path).with(user("lo").roles("LOGISTICS")).locale(Locale.forLanguageTag("ar")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
