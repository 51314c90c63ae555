package org.safepassage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safepassage.support.Chromium;
import org.safepassage.support.ServerProcess;

/**
 * What a newcomer does on a fresh machine: start the jar, find the administrator password on the console,
 * sign in through a real browser in English and Arabic; then the machine loses the application (kill -9)
 * and a restart finds everything that was written before.
 */
class FreshMachineEndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsSecuredSurvivesKillAndSpeaksArabic(@TempDir Path dataDir) throws Exception {
        String adminPassword;
        try (var server = ServerProcess.start(dataDir, Map.of()).awaitReady(Duration.ofSeconds(90))) {
            System.out.printf("first start ready in %.1f s%n", server.startupTime().toMillis() / 1000.0);
            adminPassword = server.output().stream().filter(line -> line.contains("password:"))
                    .map(line -> line.substring(line.indexOf("password:") + 9).trim()).findFirst().orElseThrow();

            var health = get(server, "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            var docs = get(server, "/v3/api-docs", null);
            assertThat(docs.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
            assertThat(docs.body()).startsWith("{").contains("\"openapi\"");

            var anonymous = get(server, "/api/households", null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(anonymous.body()).contains("\"status\":401").contains("\"type\"");

            var created = post(server, "/api/users", "admin:" + adminPassword, """
                    {"username":"clerk.amal","displayName":"Amal","password":"a-long-password","roles":["REGISTRATION"]}
                    """);
            assertThat(created.statusCode()).isEqualTo(201);

            ChromeDriver browser = Chromium.desktop();
            try {
                browser.get(server.baseUrl() + "/login?lang=en");
                Chromium.screenshot(browser, "login-en");
                browser.get(server.baseUrl() + "/login?lang=ar");
                assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
                Chromium.screenshot(browser, "login-ar");
                browser.get(server.baseUrl() + "/login?lang=en");
                browser.findElement(By.id("username")).sendKeys("admin");
                browser.findElement(By.id("password")).sendKeys(adminPassword);
                browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
                // wait for the signed-in page: until it arrives, the login page's heading is still there
                browser.findElement(By.cssSelector(".user-name"));
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("SafePassage");
                var html = browser.findElement(By.tagName("html"));
                assertThat(html.getDomAttribute("lang")).isEqualTo("en");
                assertThat(html.getDomAttribute("dir")).isEqualTo("ltr");
                Chromium.screenshot(browser, "home-en");

                browser.findElement(By.cssSelector(".lang-switch a[lang=ar]")).click();
                html = browser.findElement(By.tagName("html"));
                assertThat(html.getDomAttribute("lang")).isEqualTo("ar");
                assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
                assertThat(browser.findElement(By.tagName("h1")).getText()).contains("العبور الآمن");
                // mirrored: the brand sits at the right edge, the language switch at the left
                int brandX = browser.findElement(By.cssSelector(".brand")).getRect().getX();
                int switchX = browser.findElement(By.cssSelector(".lang-switch")).getRect().getX();
                assertThat(brandX).isGreaterThan(switchX);
                Chromium.screenshot(browser, "home-ar");
            } finally {
                browser.quit();
            }

            server.kill();
        }

        try (var restarted = ServerProcess.start(dataDir, Map.of()).awaitReady(Duration.ofSeconds(90))) {
            System.out.printf("restart after kill -9 ready in %.1f s%n", restarted.startupTime().toMillis() / 1000.0);
            assertThat(restarted.output()).noneMatch(line -> line.contains("password:"));
            var users = get(restarted, "/api/users", "admin:" + adminPassword);
            assertThat(users.statusCode()).isEqualTo(200);
            assertThat(users.body()).contains("clerk.amal");
            var verify = get(restarted, "/api/audit/verify", "admin:" + adminPassword);
            assertThat(verify.body()).contains("\"firstBroken\":null");
        }
        assertThat(Files.exists(dataDir.resolve("postgres"))).isTrue();
    }

    private HttpResponse<String> get(ServerProcess server, String path, String credentials) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ServerProcess server, String path, String credentials, String json)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", basic(credentials))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
