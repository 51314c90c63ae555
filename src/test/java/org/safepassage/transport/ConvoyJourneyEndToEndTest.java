package org.safepassage.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safepassage.consent.ConsentFixtures.Family;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.corridor.CorridorAdministration;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.support.Chromium;
import org.safepassage.support.MutableClock;
import org.safepassage.support.SafePassageServerTest;
import org.safepassage.support.TestUsers;
import org.safepassage.transport.alert.UnaccountedCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance of convoys, through the running application: households consent; logistics plans the convoy
 * and freezes its manifests over the API; one young man withdraws his consent and is taken off with an
 * amendment printed on the re-issued PDF; checkpoint staff board a household on a phone and a field device
 * boards the others; the corridor's devices report the checkpoints; everyone arrives except a woman who boarded
 * and was never seen again, who raises an unaccounted-for alert for protection and logistics. Time passes by
 * moving the application's clock on.
 */
@SafePassageServerTest
class ConvoyJourneyEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SHOTS = Chromium.SCREENSHOTS;

    @LocalServerPort int port;
    @Autowired UserManagement users;
    @Autowired RegistryManagement registry;
    @Autowired ConsentManagement consent;
    @Autowired CorridorAdministration corridors;
    @Autowired UnaccountedCheck check;
    @Autowired MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void householdsConsentArePlannedBoardPassAndArriveAndTheOneWhoVanishesRaisesAnAlarm() throws Exception {
        var journey = TransportFixtures.journey(consent, corridors);
        Family first = TransportFixtures.consentingFamily(registry, consent, journey, "DS-PS");
        Family second = TransportFixtures.consentingFamily(registry, consent, journey);
        Family third = TransportFixtures.consentingFamily(registry, consent, journey, "SM-CI");
        String logistics = TestUsers.create(users, Role.LOGISTICS);
        String protection = TestUsers.create(users, Role.PROTECTION);
        String device = "Bearer " + users.registerDevice("bus-door-" + UUID.randomUUID()).token();

        // vehicles and the convoy, over the API
        var bus = post(logistics, "/api/vehicles", """
                {"ref":"%s","kind":"BUS","seats":40,"medicalSeats":2,"wheelchairSpaces":1,"operator":"Homs Lines",
                 "driverContact":"Abu Samir +963 944 000 111"}""".formatted("E2E-" + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(bus.statusCode()).isEqualTo(201);
        var convoy = post(logistics, "/api/convoys", """
                {"destinationId":"%s","corridorId":"%s","plannedDeparture":"%s","expectedJourneyMinutes":240,
                 "escort":"UN vehicle ahead and behind"}""".formatted(journey.destination().id(), journey.corridorId(),
                clock.instant().plus(Duration.ofHours(1))));
        assertThat(convoy.statusCode()).isEqualTo(201);
        String convoyId = json(convoy).get("id").asString();
        assertThat(post(logistics, "/api/convoys/" + convoyId + "/vehicles",
                "{\"vehicleId\":\"" + json(bus).get("id").asString() + "\"}").statusCode()).isEqualTo(200);

        // planned in the background, then frozen
        assertThat(post(logistics, "/api/convoys/" + convoyId + "/planning", "{}").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                !"SOLVING".equals(json(get(logistics, "/api/convoys/" + convoyId + "/planning")).get("run")
                        .get("status").asString()));
        var progress = json(get(logistics, "/api/convoys/" + convoyId + "/planning")).get("run");
        assertThat(progress.get("placedPeople").asInt()).isEqualTo(15);
        assertThat(progress.get("feasible").asBoolean()).isTrue();
        var frozen = post(logistics, "/api/convoys/" + convoyId + "/manifests", "{}");
        assertThat(frozen.statusCode()).isEqualTo(200);
        String manifestId = json(frozen).get(0).get("id").asString();
        byte[] firstIssue = bytes(logistics, "/api/manifests/" + manifestId + "/pdf");
        assertThat(new String(firstIssue, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // the third household's grown son withdraws after the manifest is frozen: he is taken off, and the PDF says so
        UUID son = third.member("3");
        var sonsConsent = consent.consentCarrying(son).orElseThrow().id();
        assertThat(post(protection, "/api/consents/" + sonsConsent + "/withdrawal",
                "{\"reason\":\"FEARS_FOR_SAFETY\"}").statusCode()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                json(get(logistics, "/api/manifests/" + manifestId)).get("amendments").size() == 1);
        var manifest = json(get(logistics, "/api/manifests/" + manifestId));
        assertThat(manifest.get("issue").asInt()).isEqualTo(2);
        assertThat(manifest.get("amendments").get(0).get("reason").asString()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(manifest.toString()).doesNotContain("\"individualId\":\"" + son + "\",\"ref\"");
        byte[] reissued = bytes(logistics, "/api/manifests/" + manifestId + "/pdf");
        Files.createDirectories(Path.of("target", "manifests"));
        Files.write(Path.of("target", "manifests", "end-to-end-issue-2.pdf"), reissued);
        try (var pdf = Loader.loadPDF(reissued)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Issue 2", "Consent withdrawn", "Wheelchair", "Medical seat")
                    .doesNotContain("Chronic", "SM-CI", "DS-PS");
        }

        // boarding: the first household on a phone, in Arabic; the others from a field device
        assertThat(move(logistics, convoyId, "START_BOARDING").statusCode()).isEqualTo(200);
        boardOnAPhone(convoyId, registry.household(first.householdId()).orElseThrow().token());
        UUID report = UUID.randomUUID();
        String hudaBoards = travel(report, "BOARDED", convoyId, second, "1", "2", "3", "4", "5");
        assertThat(post(device, "/api/travel-events", hudaBoards).statusCode()).isEqualTo(201);
        assertThat(post(device, "/api/travel-events", hudaBoards).statusCode()).as("sent again").isEqualTo(200);
        assertThat(post(device, "/api/travel-events", travel(report, "BOARDED", convoyId, second, "1"))
                .statusCode()).as("another report under the same id").isEqualTo(409);
        assertThat(post(device, "/api/travel-events", travel(UUID.randomUUID(), "BOARDED", convoyId, third, "3"))
                .statusCode()).as("taken off the manifest").isEqualTo(422);
        assertThat(post(device, "/api/travel-events", travel(UUID.randomUUID(), "BOARDED", convoyId, third,
                "1", "2", "4", "5")).statusCode()).isEqualTo(201);
        assertThat(move(logistics, convoyId, "DEPART").statusCode()).isEqualTo(200);

        // the corridor's devices report the checkpoints; the mother of the second household is never seen again
        clock.advance(Duration.ofMinutes(55));
        for (Family family : List.of(first, second, third)) {
            var seen = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
            if (family == second) {
                seen.remove("2");
            }
            if (family == third) {
                seen.remove("3");
            }
            assertThat(post(device, "/api/checkpoint-events", passage(journey.firstCheckpoint(), convoyId, family, seen))
                    .statusCode()).isEqualTo(201);
        }
        clock.advance(Duration.ofMinutes(36));
        check.check();

        var open = json(get(protection, "/api/alerts"));
        assertThat(open.get("items")).anySatisfy(alert -> {
            assertThat(alert.get("individualId").asString()).isEqualTo(second.member("2").toString());
            assertThat(alert.get("cause").asString()).isEqualTo("NOT_SEEN");
            assertThat(alert.get("lastSeenCheckpointId").isNull()).as("last seen at boarding").isTrue();
        });
        assertThat(get(logistics, "/api/alerts").body()).contains(second.member("2").toString());
        assertThat(get(TestUsers.create(users, Role.ANALYST), "/api/alerts").statusCode()).isEqualTo(403);

        // everyone else arrives
        clock.advance(Duration.ofMinutes(100));
        for (Family family : List.of(first, second, third)) {
            var seen = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
            seen.remove(family == second ? "2" : family == third ? "3" : "none");
            assertThat(post(device, "/api/checkpoint-events", passage(journey.secondCheckpoint(), convoyId, family,
                    seen)).statusCode()).isEqualTo(201);
            clock.advance(Duration.ofMinutes(1));
            assertThat(post(device, "/api/travel-events", travel(UUID.randomUUID(), "ARRIVED", convoyId, family,
                    seen.toArray(String[]::new))).statusCode()).isEqualTo(201);
        }
        assertThat(move(logistics, convoyId, "ARRIVE").statusCode()).isEqualTo(200);
        var board = json(get(logistics, "/api/convoys/" + convoyId + "/progress")).get("total");
        assertThat(board.get("boarded").asInt()).isEqualTo(14);
        assertThat(board.get("arrived").asInt()).isEqualTo(13);
        assertThat(board.get("unaccounted").asInt()).isEqualTo(1);
        lookAtTheLivePage(convoyId, logistics);
    }

    private void boardOnAPhone(String convoyId, String token) {
        ChromeDriver phone = Chromium.phone();
        try {
            String base = "http://localhost:" + port;
            TestUsers.signIn(phone, base, TestUsers.create(users, Role.CHECKPOINT), "ar");
            phone.get(base + "/transport/boarding");
            phone.findElement(By.cssSelector(".convoy-choices a")).isDisplayed();
            phone.get(base + "/transport/convoys/" + convoyId + "/boarding");
            phone.findElement(By.id("token")).sendKeys(token);
            phone.findElement(By.cssSelector("#scan-form button[type=submit]")).click();
            assertThat(phone.findElements(By.cssSelector("#travel-form input[name=members]:checked"))).hasSize(5);
            Chromium.screenshot(phone, "transport-boarding-phone-ar");
            phone.findElement(By.cssSelector("#travel-form button[type=submit]")).click();
            assertThat(phone.findElement(By.cssSelector(".notice.success")).getText()).isNotBlank();
            assertThat(phone.findElement(By.id("tally")).getText()).containsAnyOf("5 ", "٥ ");
            phone.get(base + "/transport/convoys/" + convoyId + "/boarding?lang=en");
            phone.findElement(By.id("token")).sendKeys(token);
            phone.findElement(By.cssSelector("#scan-form button[type=submit]")).click();
            assertThat(phone.findElements(By.cssSelector("#travel-form input[name=members]:checked")))
                    .as("already boarded: nothing ticked").isEmpty();
            Chromium.screenshot(phone, "transport-boarding-phone-en");
        } finally {
            phone.quit();
        }
    }

    private void lookAtTheLivePage(String convoyId, String logistics) {
        for (String lang : List.of("en", "ar")) {
            ChromeDriver desktop = Chromium.desktop();
            try {
                String base = "http://localhost:" + port;
                TestUsers.signIn(desktop, base, logistics, lang);
                desktop.get(base + "/transport/convoys/" + convoyId + "/live");
                assertThat(desktop.findElement(By.cssSelector(".table.live tr.total")).getText()).contains("14", "13");
                assertThat(desktop.findElements(By.cssSelector(".alert-list li"))).hasSize(1);
                Chromium.screenshot(desktop, "transport-live-" + lang);
                desktop.get(base + "/transport/convoys/" + convoyId);
                Chromium.screenshot(desktop, "transport-convoy-" + lang);
            } finally {
                desktop.quit();
            }
        }
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------

    private String travel(UUID id, String kind, String convoyId, Family family, String... members) {
        var people = new ArrayList<String>();
        for (String member : members) {
            people.add("\"" + family.member(member) + "\"");
        }
        return """
                {"id":"%s","kind":"%s","convoyId":"%s","householdId":"%s","individualIds":[%s],"occurredAt":"%s"}"""
                .formatted(id, kind, convoyId, family.householdId(), String.join(",", people), clock.instant());
    }

    private String passage(UUID checkpoint, String convoyId, Family family, List<String> members) {
        var people = members.stream().map(m -> "\"" + family.member(m) + "\"").toList();
        return """
                {"id":"%s","kind":"PASSAGE","checkpointId":"%s","occurredAt":"%s","householdId":"%s",
                 "individualIds":[%s],"convoyId":"%s"}""".formatted(UUID.randomUUID(), checkpoint, clock.instant(),
                family.householdId(), String.join(",", people), convoyId);
    }

    private HttpResponse<String> move(String user, String convoyId, String move) throws Exception {
        return post(user, "/api/convoys/" + convoyId + "/moves", "{\"move\":\"" + move + "\"}");
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private byte[] bytes(String user, String path) throws Exception {
        var response = http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> post(String user, String path, String body) throws Exception {
        return http.send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String user, String path) {
        String authorization = user.startsWith("Bearer ") ? user : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", authorization);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
