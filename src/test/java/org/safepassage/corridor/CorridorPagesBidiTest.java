package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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

    @Test
    void anArabicPageReadsWhereTheCorridorLeadsAndWhoOperatesItInArabic() throws Exception {
        String code = CorridorFixtures.uniqueCode("AR");
        var id = CorridorFixtures.saved(administration.createCorridor(new CorridorDetails(code, "Road " + code,
                "طريق " + code, "Camp", "Homs", "Syrian authorities",
                new Route(List.of(new GeoPoint(38.70, 33.29), new GeoPoint(38.18, 33.58))),
                List.of(new Destination("HOMS", "Homs", "حمص")), "المخيم", "حمص", "السلطات السورية")));
        CorridorFixtures.saved(administration.addCheckpoint(id, new CheckpointDetails(code + "-1", "Jleb", "جليب", 1,
                new GeoPoint(38.18, 33.58), 60, "Syrian Arab Army", null, null, null, null, "الجيش العربي السوري")));

        assertThat(arabic("/corridors/" + id)).contains("من \u2068المخيم\u2069 إلى \u2068حمص\u2069")
                .contains("تديره \u2068السلطات السورية\u2069").doesNotContain("Syrian authorities")
                .contains("<bdi>الجيش العربي السوري</bdi>").doesNotContain("Syrian Arab Army")
                .contains("&quot;to&quot;:&quot;حمص&quot;");
        String english = mvc.perform(get("/corridors/" + id).with(user("lo").roles("LOGISTICS"))
                .locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Operated by \u2068Syrian authorities\u2069").contains("<bdi>Syrian Arab Army</bdi>");
    }

    private String arabic(String path) throws Exception {
        return mvc.perform(get(path).with(user("lo").roles("LOGISTICS")).locale(Locale.forLanguageTag("ar")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
