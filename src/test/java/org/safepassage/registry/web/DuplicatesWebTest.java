package org.safepassage.registry.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.registry.BirthDate;
import org.safepassage.registry.NewMember;
import org.safepassage.registry.PersonDetails;
import org.safepassage.registry.PersonName;
import org.safepassage.registry.RegisterHousehold;
import org.safepassage.registry.RegistryFixtures;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SafePassageTest
class DuplicatesWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryManagement registry;

    private String registered(String given, String father, String family, String givenAr, String fatherAr,
            String familyAr, String birth) {
        String ref = RegistryFixtures.uniqueRef("DW");
        registry.registerHousehold(new RegisterHousehold(ref, "E-2", List.of(new NewMember(ref + "-1",
                new PersonDetails(Relationship.HEAD, new PersonName(given, father, family, givenAr, fatherAr, familyAr),
                        Sex.F, BirthDate.parse(birth), "SY12", LocalDate.of(2016, 6, 1), null, Set.of())))));
        return ref + "-1";
    }

    private MockHttpServletRequestBuilder check(Locale locale) {
        return post("/registry/duplicates/check").with(user("clerk").roles("REGISTRATION")).with(csrf()).locale(locale)
                .param("prefix", "members[0].").param("members[0].givenName", "Kawthar")
                .param("members[0].fatherName", "Abdelqader").param("members[0].familyName", "El Miqdad")
                .param("members[0].sex", "F").param("members[0].birthDate", "1992-03-05");
    }

    @Test
    void whileTypingAClerkIsWarnedOfTheMatchingRecordInEnglishAndArabic() throws Exception {
        String ref = registered("Kawthar", "Abdulkadir", "Al-Mikdad", "كوثر", "عبد القادر", "المقداد", "1992-03-05");

        mvc.perform(check(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("This person may already be registered.")))
                .andExpect(content().string(containsString(ref)))
                .andExpect(content().string(containsString("كوثر عبد القادر المقداد")))
                .andExpect(content().string(containsString("same date of birth")));
        mvc.perform(check(Locale.forLanguageTag("ar"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("ربما سُجّل هذا الشخص من قبل.")))
                .andExpect(content().string(containsString(ref)))
                .andExpect(content().string(containsString("تاريخ الميلاد نفسه")));
    }

    @Test
    void noWarningBeforeThereIsANameToGoOn() throws Exception {
        mvc.perform(post("/registry/duplicates/check").with(user("clerk").roles("REGISTRATION")).with(csrf())
                        .param("givenName", "Kawthar"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("notice"))));
    }

    @Test
    void aClerkMergesAPairFromTheQueue() throws Exception {
        String keptRef = registered("Wafaa", "Nayef", "Al-Zamil", "وفاء", "نايف", "الزامل", "1987-12-01");
        String againRef = registered("Wafa", "Naif", "Zamel", "وفاء", "نايف", "الزامل", "1987-12-01");
        UUID kept = registry.personByRef(keptRef).orElseThrow().id();
        UUID again = registry.personByRef(againRef).orElseThrow().id();
        String pairUrl = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            String html = mvc.perform(get("/registry/people/" + again + "/duplicates")
                    .with(user("clerk").roles("REGISTRATION"))).andReturn().getResponse().getContentAsString();
            int at = html.indexOf("/registry/duplicates/");
            return at < 0 ? null : html.substring(at, html.indexOf('"', at));
        }, java.util.Objects::nonNull);

        mvc.perform(get("/registry/duplicates").with(user("clerk").roles("REGISTRATION")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(againRef)));
        mvc.perform(get(pairUrl).with(user("clerk").roles("REGISTRATION")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("same date of birth")));
        mvc.perform(post(pairUrl + "/merge").with(user("clerk").roles("REGISTRATION")).with(csrf())
                        .param("keep", kept.toString()).param("reason", "registered twice"))
                .andExpect(redirectedUrl(pairUrl));
        mvc.perform(get(pairUrl).with(user("clerk").roles("REGISTRATION")))
                .andExpect(content().string(containsString("Merged")))
                .andExpect(content().string(not(containsString("undo-form"))));
        mvc.perform(post(pairUrl + "/undo").with(user("clerk").roles("REGISTRATION")).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get(pairUrl).with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("undo-form")));
        org.assertj.core.api.Assertions.assertThat(registry.person(again)).isEmpty();
    }

    @Test
    void aRejectedPairShowsItsDecisionAndThePairShowsOriginByNameAndRefsIsolated() throws Exception {
        registered("Rahaf", "Talal", "Al-Qasim", "رهف", "طلال", "القاسم", "1993-08-14");
        String otherRef = registered("Rahaf", "Talal", "Qassem", "رهف", "طلال", "القاسم", "1993-08-14");
        UUID other = registry.personByRef(otherRef).orElseThrow().id();
        String pairUrl = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            String html = mvc.perform(get("/registry/people/" + other + "/duplicates")
                    .with(user("clerk").roles("REGISTRATION"))).andReturn().getResponse().getContentAsString();
            int at = html.indexOf("/registry/duplicates/");
            return at < 0 ? null : html.substring(at, html.indexOf('"', at));
        }, java.util.Objects::nonNull);

        mvc.perform(get("/registry/duplicates").with(user("clerk").roles("REGISTRATION")).locale(Locale.forLanguageTag("ar")))
                .andExpect(content().string(containsString("<bdi dir=\"ltr\">" + otherRef + "</bdi>")));
        String open = mvc.perform(get(pairUrl).with(user("clerk").roles("REGISTRATION")).locale(Locale.forLanguageTag("ar")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(open).contains("درعا").contains("id=\"decision\"");
        // the reason is a field of its own, after the choice of the record to keep
        org.assertj.core.api.Assertions.assertThat(open.indexOf("merge-reason"))
                .isGreaterThan(open.indexOf("</fieldset>", open.indexOf("merge-form")));

        mvc.perform(post(pairUrl + "/reject").with(user("clerk").roles("REGISTRATION")).with(csrf()))
                .andExpect(redirectedUrl(pairUrl));
        mvc.perform(get(pairUrl).with(user("clerk").roles("REGISTRATION")))
                .andExpect(content().string(containsString("Not the same person")))
                .andExpect(content().string(not(containsString("id=\"decision\""))));
    }

    @Test
    void aPairThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/registry/duplicates/" + UUID.randomUUID()).with(user("clerk").roles("REGISTRATION")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/registry/duplicates/" + UUID.randomUUID() + "/merge").with(user("clerk").roles("REGISTRATION"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }
}
