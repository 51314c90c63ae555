package org.safepassage.consent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safepassage.consent.ConsentFixtures;
import org.safepassage.consent.ConsentFixtures.Family;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.support.SafePassageServerTest;
import org.safepassage.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real HTTP server: what a person said in their own words reaches protection officers only.
 * Logistics sees the travel list (ids, no fears), analysts aggregates; neither reaches intentions.
 */
@SafePassageServerTest
class ConsentApiPrivacyTest {

    static final String OWN_WORDS = "My brother was taken at the Homs checkpoint in 2018";
    static final String WITHDRAWAL_NOTE = "The neighbours told him to sign";

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    RegistryManagement registry;

    @Autowired
    ConsentManagement consent;

    final HttpClient http = HttpClient.newHttpClient();
    String protection;
    String registration;
    String logistics;
    String analyst;
    Family family;
    String homs;

    @BeforeEach
    void setUp() {
        protection = TestUsers.create(users, Role.PROTECTION);
        registration = TestUsers.create(users, Role.REGISTRATION);
        logistics = TestUsers.create(users, Role.LOGISTICS);
        analyst = TestUsers.create(users, Role.ANALYST);
        family = ConsentFixtures.family(registry);
        homs = consent.destinationByCode("HOMS").orElseThrow().id().toString();
    }

    @Test
    void freeTextReachesProtectionOfficersOnly() throws Exception {
        var recorded = post(registration, "/api/households/" + family.householdId() + "/intentions", """
                {"individualId":"%s","surveyedOn":"%s","interviewer":"amal","language":"AR","respondentAlone":true,
                 "choice":"STAY","fears":[{"fear":"ARREST_OR_DETENTION","destinationId":"%s"}],"freeText":"%s"}
                """.formatted(family.member("3"), LocalDate.now(), homs, OWN_WORDS));
        assertThat(recorded.statusCode()).isEqualTo(201);

        var asProtection = get(protection, "/api/households/" + family.householdId() + "/intentions");
        assertThat(asProtection.statusCode()).isEqualTo(200);
        assertThat(asProtection.body()).contains(OWN_WORDS).contains("ARREST_OR_DETENTION");

        // the clerk who wrote it down does not read it back
        var asRegistration = get(registration, "/api/households/" + family.householdId() + "/intentions");
        assertThat(asRegistration.statusCode()).isEqualTo(200);
        assertThat(asRegistration.body()).doesNotContain(OWN_WORDS).contains("\"freeText\":null");

        for (String user : new String[] {logistics, analyst}) {
            var refused = get(user, "/api/households/" + family.householdId() + "/intentions");
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(OWN_WORDS);
        }

        var figures = get(analyst, "/api/intentions/figures");
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body()).doesNotContain(OWN_WORDS).doesNotContain(family.member("3").toString())
                .contains("\"smallCellsSuppressed\":true");
    }

    @Test
    void logisticsSeesWhoMayTravelButNoFearsNoWordsAndNoIntentions() throws Exception {
        var given = post(protection, "/api/consents", """
                {"householdId":"%s","individualId":"%s","destinationId":"%s","windowFrom":"%s","windowUntil":"%s",
                 "informationTextVersion":%d,"language":"AR","informationReadOut":true,"method":"SIGNATURE",
                 "minorIds":["%s"]}
                """.formatted(family.householdId(), family.member("1"), homs, LocalDate.now(),
                LocalDate.now().plusDays(20), consent.currentInformationText().orElseThrow().version(),
                family.member("4")));
        assertThat(given.statusCode()).isEqualTo(201);
        String consentId = given.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");

        var list = get(logistics, "/api/destinations/HOMS/travellers");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(family.member("1").toString()).contains(family.member("4").toString())
                .doesNotContain("fear").doesNotContain("freeText");
        assertThat(get(logistics, "/api/consents?household=" + family.householdId()).statusCode()).isEqualTo(403);
        assertThat(get(analyst, "/api/destinations/HOMS/travellers").statusCode()).isEqualTo(403);

        // the person refuses at the bus: logistics records the withdrawal, which takes effect at once
        var withdrawn = post(logistics, "/api/consents/" + consentId + "/withdrawal",
                "{\"reason\":\"PRESSURED\",\"note\":\"" + WITHDRAWAL_NOTE + "\"}");
        assertThat(withdrawn.statusCode()).isEqualTo(204);
        assertThat(get(logistics, "/api/destinations/HOMS/travellers").body())
                .doesNotContain(family.member("1").toString()).doesNotContain(family.member("4").toString());
        var eligibility = get(logistics, "/api/destinations/HOMS/travellers/" + family.member("4"));
        assertThat(eligibility.body()).contains("\"mayTravel\":false").contains("CONSENT_WITHDRAWN");

        assertThat(get(registration, "/api/consents/" + consentId).body()).doesNotContain(WITHDRAWAL_NOTE);
        assertThat(get(protection, "/api/consents/" + consentId).body()).contains(WITHDRAWAL_NOTE);
        var again = post(logistics, "/api/consents/" + consentId + "/withdrawal", "{\"reason\":\"CHANGED_MIND\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("/problems/consent/withdraw-error-already");
    }

    @Test
    void refusedRequestsAnswerWithAProblemNamingWhy() throws Exception {
        var minor = post(protection, "/api/consents", """
                {"householdId":"%s","individualId":"%s","destinationId":"%s","windowFrom":"%s","windowUntil":"%s",
                 "informationTextVersion":1,"language":"EN","informationReadOut":true,"method":"THUMBPRINT"}
                """.formatted(family.householdId(), family.member("5"), homs, LocalDate.now(), LocalDate.now()));
        assertThat(minor.statusCode()).isEqualTo(422);
        assertThat(minor.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(minor.body()).contains("/problems/consent/give-error-minor").contains("head of household");

        var unknownHousehold = get(protection, "/api/households/" + java.util.UUID.randomUUID() + "/intentions");
        assertThat(unknownHousehold.statusCode()).isEqualTo(404);
        assertThat(Set.of(get(protection, "/api/destinations/NOWHERE/travellers").statusCode())).containsOnly(404);
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String user, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
