package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.consent.ConsentFixtures.consent;
import static org.safepassage.consent.ConsentFixtures.done;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.consent.ConsentFixtures;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A passage is a fact and is always recorded; when someone who passed has no current consent for a destination
 * of the corridor, staff are told to call the protection liaison, without a name or a reason.
 */
@SafePassageTest
class CheckpointConsentNoticeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CorridorAdministration administration;

    @Autowired
    CorridorManagement corridors;

    @Autowired
    RegistryManagement registry;

    @Autowired
    ConsentManagement consent;

    final MockHttpSession session = new MockHttpSession();
    final RequestPostProcessor staff = user("checkpoint-staff").roles("CHECKPOINT");

    @Test
    @WithMockUser(username = "officer", roles = "PROTECTION")
    void passageOfSomeoneWithoutCurrentConsentIsRecordedAndStaffAreToldToCallTheLiaison() throws Exception {
        // given a corridor to Homs, and a family whose head consented to Homs for himself and his youngest
        var corridor = CorridorFixtures.corridor(administration);
        var family = ConsentFixtures.family(registry);
        done(consent.giveConsent(consent(consent, family, "1", "HOMS", Set.of(family.member("5")))));
        mvc.perform(post("/checkpoints/{id}/scan", corridor.first()).session(session).with(staff).with(csrf())
                .param("token", registry.household(family.householdId()).orElseThrow().token()));

        // when the head and the youngest pass, nothing more is said
        var flash = passage(corridor.first(), family.householdId(), family.member("1"), family.member("5"));
        assertThat(screen(corridor.first(), flash)).contains("id=\"notice\"").doesNotContain("consent-notice");

        // when the mother, who never consented, passes too
        flash = passage(corridor.first(), family.householdId(), family.member("2"));

        // then her passage is recorded, and staff are told to call the liaison, with no name and no reason
        assertThat(corridors.passagesOfPerson(family.member("2"))).hasSize(1);
        String screen = screen(corridor.first(), flash);
        assertThat(screen).contains("id=\"consent-notice\"").contains("protection liaison");
        String notice = screen.substring(screen.indexOf("id=\"consent-notice\""));
        notice = notice.substring(0, notice.indexOf("</p>"));
        assertThat(notice).doesNotContain("Huda").doesNotContain("هدى").doesNotContain("NO_CONSENT")
                .doesNotContain("withdrawn");
    }

    private Map<String, Object> passage(UUID checkpoint, UUID household, UUID... members) throws Exception {
        var request = post("/checkpoints/{id}/passage", checkpoint).session(session).with(staff).with(csrf())
                .param("passageEventId", UUID.randomUUID().toString()).param("householdId", household.toString());
        for (UUID member : members) {
            request.param("members", member.toString());
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
    }

    /** The screen after the redirect, with what the recording left for it to show. */
    private String screen(UUID checkpoint, Map<String, Object> flash) throws Exception {
        return mvc.perform(get("/checkpoints/{id}/screen", checkpoint).session(session).with(staff).flashAttrs(flash))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
