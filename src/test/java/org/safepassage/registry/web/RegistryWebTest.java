package org.safepassage.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.registry.RegistryFixtures;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.AuditLog;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.shared.PageRequest;
import org.safepassage.support.SafePassageTest;
import org.safepassage.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SafePassageTest
class RegistryWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryManagement registry;

    @Autowired
    AuditLog audit;

    @Autowired
    UserManagement users;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theHouseholdPageShowsMembersInBothScriptsAndIsAudited() throws Exception {
        UUID household = RegistryFixtures.family(registry);

        mvc.perform(get("/registry/households/" + household).with(user("clerk").roles("REGISTRATION")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("أمل حداد")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Amal Haddad")));

        assertThat(audit.entries(PageRequest.first(), household.toString()).items())
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("READ"));
    }

    @Test
    void anAnalystSeesFiguresButNeverAPerson() throws Exception {
        UUID household = RegistryFixtures.family(registry);
        var head = registry.household(household).orElseThrow().headId();

        mvc.perform(get("/registry/people/" + head).with(user("analyst").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/registry").param("q", "Haddad").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/registry-counts").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Haddad"))));
    }

    @Test
    void figuresListAgeBandsByAgeAndNeedsByTheirNameAndNeverShowASmallCellAsASign() throws Exception {
        RegistryFixtures.family(registry);

        String en = mvc.perform(get("/registry-counts").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String ar = mvc.perform(get("/registry-counts").with(user("analyst").roles("ANALYST"))
                        .locale(java.util.Locale.forLanguageTag("ar")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // women's bands then men's, each youngest first
        int men = en.indexOf("Male, aged");
        String women = en.substring(en.indexOf("Female, aged"), men < 0 ? en.length() : men);
        var bandsInOrder = java.util.stream.Stream.of("aged 0\u20134", "aged 5\u201317", "aged 18\u201359",
                "aged 60 and over").map(women::indexOf).filter(at -> at >= 0).toList();
        assertThat(bandsInOrder).hasSizeGreaterThan(1).isSorted();
        assertThat(en).contains("Serious medical condition").doesNotContain(">SM<").doesNotContain("&lt;5");
        assertThat(ar).contains("حالة طبية خطيرة").doesNotContain("&lt;5");
    }

    @Test
    void aBlankExtraMemberIsLeftOutAndAnExtraMemberCanBeRemoved() throws Exception {
        String ref = RegistryFixtures.uniqueRef("BM");
        var form = post("/registry/households/new").with(user("clerk").roles("REGISTRATION")).with(csrf())
                .param("ref", ref).param("members[0].relationship", "HEAD")
                .param("members[0].givenNameAr", "سارة").param("members[0].familyNameAr", "العلي")
                .param("members[0].sex", "F").param("members[0].birthDate", "1990")
                .param("members[1].relationship", "CHILD").param("members[1].givenName", "");

        mvc.perform(post("/registry/households/new").with(user("clerk").roles("REGISTRATION")).with(csrf())
                        .param("ref", ref).param("members[0].givenNameAr", "سارة")
                        .param("members[1].relationship", "CHILD").param("members[1].givenName", "Omar")
                        .param("removeMember", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("سارة")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Omar"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("members[1].givenName"))));
        mvc.perform(form).andExpect(status().is3xxRedirection());

        assertThat(registry.householdByRef(ref)).hasValueSatisfying(h -> assertThat(h.size()).isEqualTo(1));
    }

    @Test
    void aRegistrationWithoutHeadComesBackWithTheReasonInArabic() throws Exception {
        String ref = RegistryFixtures.uniqueRef("WF");

        mvc.perform(post("/registry/households/new").with(user("clerk").roles("REGISTRATION")).with(csrf())
                        .locale(java.util.Locale.forLanguageTag("ar"))
                        .param("ref", ref).param("members[0].relationship", "CHILD")
                        .param("members[0].givenNameAr", "سارة").param("members[0].familyNameAr", "العلي")
                        .param("members[0].sex", "F").param("members[0].birthDate", "2010"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ربّ أسرة واحد بالضبط")));

        assertThat(registry.householdByRef(ref)).isEmpty();
    }

    @Test
    void theApiRegistersAndReadsAHousehold() throws Exception {
        String clerk = TestUsers.create(users, Role.REGISTRATION);
        String ref = RegistryFixtures.uniqueRef("API");
        String body = """
                {"ref":"%s","shelterBlock":"C-4","members":[{"ref":"%s-1","details":{"relationship":"HEAD",
                 "name":{"givenAr":"يوسف","familyAr":"درويش","given":"Yusuf","family":"Darwish"},"sex":"M",
                 "birthDate":{"date":"1980-01-01","yearOnly":true},"originPcode":"SY12","specificNeeds":["SM-CI"]}}]}
                """.formatted(ref, ref);

        mvc.perform(post("/api/households").with(httpBasic(clerk, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ref").value(ref))
                .andExpect(jsonPath("$.size").value(1));
        mvc.perform(get("/api/individuals").param("q", "درويش يوسف").with(httpBasic(clerk, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].ref").value(ref + "-1"));
        mvc.perform(post("/api/households").with(httpBasic(clerk, TestUsers.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/registry/rejected"));
    }

    @Test
    void anAdministratorAddsANeedsCodeWithItsFlags() throws Exception {
        mvc.perform(post("/registry/needs").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("code", "dw-mo").param("labelEn", "Mobility difficulty (WG)")
                        .param("labelAr", "صعوبة في الحركة").param("wheelchair", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(registry.specificNeeds()).anySatisfy(need -> {
            assertThat(need.code()).isEqualTo("DW-MO");
            assertThat(need.wheelchair()).isTrue();
            assertThat(need.active()).isTrue();
        });
    }

    @Test
    void anUploadedFileIsImportedInTheBackgroundAndShowsItsReport() throws Exception {
        String h = RegistryFixtures.uniqueRef("UP");
        String csv = org.safepassage.registry.ImportTest.HEADER + "\n"
                + String.join("\n", org.safepassage.registry.ImportTest.family(h)) + "\n";
        var file = new MockMultipartFile("file", "camp.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        String location = mvc.perform(multipart("/registry/import").file(file).with(user("clerk").roles("REGISTRATION"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        UUID job = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!registry.importJob(job).orElseThrow().finished() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(registry.importJob(job).orElseThrow().stored()).isTrue();
        assertThat(registry.importJob(job).orElseThrow().startedBy()).isEqualTo("clerk");
        assertThat(registry.householdByRef(h)).isPresent();
        registry.awaitIndexes();
        mvc.perform(get(location + "/progress").with(user("clerk").roles("REGISTRATION")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("hx-trigger"))));

        // while an index left by a large import is being built, the page says so and keeps asking
        jdbc.sql("INSERT INTO registry_pending_index (name, definition) "
                + "SELECT 'individual_search', pg_get_indexdef('individual_search'::regclass)").update();
        mvc.perform(get(location + "/progress").with(user("clerk").roles("REGISTRATION")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("search index is being built")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hx-trigger")));
        registry.awaitIndexes();
        mvc.perform(get(location + "/progress").with(user("clerk").roles("REGISTRATION")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("search index is being built"))));
    }
}
