package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safepassage.registry.NewMember;
import org.safepassage.registry.RegisterHousehold;
import org.safepassage.registry.RegistryFixtures;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;
import org.safepassage.registry.Traveller;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Checkpoint staff record passage, and see of the registry only the household whose token they scanned: no
 * search, no other household, no registry page.
 */
@SafePassageTest
class CheckpointScreenAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CorridorAdministration administration;

    @Autowired
    CorridorManagement corridors;

    @Autowired
    RegistryManagement registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final MockHttpSession session = new MockHttpSession();
    final RequestPostProcessor staff = user("checkpoint-staff").roles("CHECKPOINT");
    CorridorFixtures.TestCorridor corridor;
    UUID scanned;
    UUID other;

    @BeforeEach
    void twoHouseholdsAtACheckpoint() {
        corridor = CorridorFixtures.corridor(administration);
        scanned = RegistryFixtures.family(registry);
        String ref = RegistryFixtures.uniqueRef("H");
        var outcome = registry.registerHousehold(new RegisterHousehold(ref, "C-2", List.of(
                new NewMember(ref + "-1", RegistryFixtures.details(Relationship.HEAD, "Yusuf", "Darwish", "يوسف",
                        "درويش", Sex.M, "1970")))));
        other = ((RegistryOutcome.Done) outcome).id();
    }

    private String screen() throws Exception {
        return mvc.perform(get("/checkpoints/{id}/screen", corridor.first()).session(session).with(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String token(UUID household) {
        return registry.household(household).orElseThrow().token();
    }

    private List<UUID> members(UUID household) {
        return registry.travellers(household).stream().map(Traveller::individualId).toList();
    }

    @Test
    void staffSeeTheMembersOfTheHouseholdTheyScannedAndNobodyElse() throws Exception {
        assertThat(screen()).doesNotContain("Amal").doesNotContain("Yusuf");

        mvc.perform(post("/checkpoints/{id}/scan", corridor.first()).param("token", token(scanned))
                .session(session).with(staff).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(screen()).contains("Amal Haddad", "أمل حداد", "Omar Haddad", "Lina Haddad")
                .doesNotContain("Yusuf").doesNotContain("يوسف");
        assertThat(reads(scanned)).as("the registry audited the read of the scanned household").isEqualTo(1);
        assertThat(reads(other)).isZero();
    }

    @Test
    void anUnknownTokenShowsNobody() throws Exception {
        mvc.perform(post("/checkpoints/{id}/scan", corridor.first()).param("token", "Haddad")
                .session(session).with(staff).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(screen()).doesNotContain("Amal").doesNotContain("Yusuf");
        assertThat(reads(scanned) + reads(other)).isZero();
    }

    @Test
    void staffRecordPassageForTheScannedHouseholdOnly() throws Exception {
        mvc.perform(post("/checkpoints/{id}/scan", corridor.first()).param("token", token(scanned))
                .session(session).with(staff).with(csrf()));

        // a household they did not scan is refused, even with its real ids
        mvc.perform(post("/checkpoints/{id}/passage", corridor.first()).session(session).with(staff).with(csrf())
                .param("passageEventId", UUID.randomUUID().toString()).param("householdId", other.toString())
                .param("members", members(other).get(0).toString())).andExpect(status().is3xxRedirection());
        assertThat(corridors.passagesOfHousehold(other)).isEmpty();

        var passed = members(scanned).subList(0, 2);
        mvc.perform(post("/checkpoints/{id}/passage", corridor.first()).session(session).with(staff).with(csrf())
                .param("passageEventId", UUID.randomUUID().toString()).param("householdId", scanned.toString())
                .param("members", passed.get(0).toString(), passed.get(1).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(corridors.passagesOfHousehold(scanned)).singleElement()
                .satisfies(p -> assertThat(p.individualIds()).containsExactlyInAnyOrderElementsOf(passed));
    }

    @Test
    void staffCannotOpenAnyRegistryPageOrApiNorTheBoard() throws Exception {
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.safepassage.registry")) {
                var methods = info.getMethodsCondition().getMethods();
                var httpMethod = methods.isEmpty() ? HttpMethod.GET : HttpMethod.valueOf(methods.iterator().next().name());
                info.getPatternValues().forEach(p -> requests.add(MockMvcRequestBuilders.request(httpMethod,
                        p.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()))));
            }
        });
        assertThat(requests).as("the registry's pages and API").isNotEmpty();
        for (String path : List.of("/corridors", "/corridors/incidents", "/api/checkpoint-events/incidents",
                "/api/checkpoint-events/passages?household=" + scanned)) {
            requests.add(get(path));
        }
        for (var request : requests) {
            var response = mvc.perform(request.with(staff).with(csrf())).andReturn();
            assertThat(response.getResponse().getStatus()).as(response.getRequest().getRequestURI()).isEqualTo(403);
        }
    }

    private long reads(UUID household) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_log
                WHERE action = 'READ' AND record_type = 'household' AND record_id = :id AND actor = 'checkpoint-staff'
                """).param("id", household.toString()).query(Long.class).single();
    }
}
