package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safepassage.registry.RegistryFixtures;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Traveller;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.support.SafePassageServerTest;
import org.safepassage.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real server: an incident reported at a checkpoint is read in detail only by protection staff and
 * administrators; logistics and analysts get refused, and see a suppressed count on the board.
 */
@SafePassageServerTest
class IncidentVisibilityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    CorridorAdministration administration;

    @Autowired
    RegistryManagement registry;

    @Autowired
    Clock clock;

    CorridorFixtures.TestCorridor corridor;
    UUID household;
    UUID held;
    UUID incident;

    @BeforeEach
    void aPersonHeldBackAtACheckpoint() throws Exception {
        corridor = CorridorFixtures.corridor(administration);
        household = RegistryFixtures.family(registry);
        held = registry.travellers(household).stream().map(Traveller::individualId).findFirst().orElseThrow();
        incident = UUID.randomUUID();
        var reported = api("POST", "/api/checkpoint-events", TestUsers.create(users, Role.CHECKPOINT), """
                {"id":"%s","kind":"INCIDENT","checkpointId":"%s","occurredAt":"%s","householdId":"%s",
                 "individualIds":["%s"],"incidentType":"DETAINED"}
                """.formatted(incident, corridor.first(), clock.instant(), household, held));
        assertThat(reported.statusCode()).isEqualTo(201);
    }

    @Test
    void logisticsAndAnalystsAreRefusedTheIncidentReports() throws Exception {
        for (Role role : new Role[] {Role.LOGISTICS, Role.ANALYST}) {
            String user = TestUsers.create(users, role);
            assertThat(api("GET", "/api/checkpoint-events/incidents", user, null).statusCode()).as(role.name())
                    .isEqualTo(403);
            assertThat(api("GET", "/api/checkpoint-events/incidents/" + incident, user, null).statusCode())
                    .as(role.name()).isEqualTo(403);
            assertThat(page("/corridors/incidents", user).statusCode()).as(role.name()).isEqualTo(403);
        }
    }

    @Test
    void logisticsAndAnalystsSeeOnlyASuppressedCount() throws Exception {
        for (Role role : new Role[] {Role.LOGISTICS, Role.ANALYST}) {
            String user = TestUsers.create(users, role);
            var counts = api("GET", "/api/checkpoint-events/incident-counts", user, null);
            assertThat(counts.statusCode()).isEqualTo(200);
            assertThat(counts.body()).contains("\"checkpointId\":\"" + corridor.first() + "\"")
                    .contains("\"count\":null,\"suppressed\":true")
                    .doesNotContain(held.toString()).doesNotContain(household.toString());

            var board = page("/corridors", user);
            assertThat(board.statusCode()).isEqualTo(200);
            assertThat(board.body()).doesNotContain(incident.toString()).doesNotContain(held.toString())
                    .doesNotContain(household.toString()).contains("&lt;5");
        }
    }

    @Test
    void protectionStaffReadTheReport() throws Exception {
        String user = TestUsers.create(users, Role.PROTECTION);

        var one = api("GET", "/api/checkpoint-events/incidents/" + incident, user, null);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"type\":\"DETAINED\"").contains(held.toString());
        assertThat(api("GET", "/api/checkpoint-events/incidents", user, null).body()).contains(incident.toString());
        assertThat(page("/corridors/incidents", user).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> api(String method, String path, String user, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form, as a browser would, then opens the page. */
    private HttpResponse<String> page(String path, String user) throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        var login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        var signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
