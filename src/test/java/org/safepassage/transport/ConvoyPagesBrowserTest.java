package org.safepassage.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.corridor.CorridorAdministration;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.support.Chromium;
import org.safepassage.support.SafePassageServerTest;
import org.safepassage.support.TestUsers;
import org.safepassage.transport.convoy.ConvoyOperations;
import org.safepassage.transport.fleet.Fleet;
import org.safepassage.transport.manifest.Manifests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A logistics officer plans a convoy on its page and watches the progress update by itself, reads the plan,
 * freezes it and opens a manifest, in English and in Arabic; every page is photographed for a person to look at.
 */
@SafePassageServerTest
class ConvoyPagesBrowserTest {

    @LocalServerPort int port;
    @Autowired UserManagement users;
    @Autowired RegistryManagement registry;
    @Autowired ConsentManagement consent;
    @Autowired CorridorAdministration corridors;
    @Autowired Fleet fleet;
    @Autowired ConvoyOperations convoys;
    @Autowired Manifests manifests;

    @Test
    void logisticsPlansWatchesTheProgressFreezesAndReadsTheManifestInBothLanguages() {
        var journey = TransportFixtures.journey(consent, corridors);
        TransportFixtures.consentingFamily(registry, consent, journey, "DS-PS");
        TransportFixtures.consentingFamily(registry, consent, journey, "SM-CC");
        TransportFixtures.consentingFamily(registry, consent, journey);
        UUID convoy = TransportFixtures.convoy(convoys, journey, TransportFixtures.vehicle(fleet, "BUS", 10, 1, 1),
                TransportFixtures.vehicle(fleet, "AMB", 6, 2, 1));
        String logistics = TestUsers.create(users, Role.LOGISTICS);
        String base = "http://localhost:" + port;

        ChromeDriver browser = Chromium.start(1280, 1900);
        try {
            TestUsers.signIn(browser, base, logistics, "en");
            browser.get(base + "/transport/convoys/" + convoy);
            browser.findElement(By.cssSelector("#planning form button[type=submit]")).click();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#planning .badge"), "Solving"));
            Chromium.screenshot(browser, "transport-planning-en");
            // the fragment polls itself: the page is never reloaded
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#planning .badge"), "Finished"));
            assertThat(browser.findElement(By.id("planning")).getText()).contains("15 of 15 people");
            Chromium.screenshot(browser, "transport-convoy-planned-en");
            browser.get(base + "/transport/convoys/" + convoy + "/plan");
            Chromium.screenshot(browser, "transport-plan-en");

            browser.get(base + "/transport/convoys/" + convoy);
            browser.findElement(By.cssSelector("form[action$='/manifests'] button")).click();
            browser.switchTo().alert().accept();
            assertThat(browser.findElement(By.cssSelector(".notice.success")).getText()).contains("frozen");
            String manifest = manifests.ofConvoy(convoy).get(0).id().toString();
            browser.get(base + "/transport/manifests/" + manifest);
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Medical seat")
                    .doesNotContain("Critical", "Physical disability", "SM-CC");
            Chromium.screenshot(browser, "transport-manifest-en");
            browser.get(base + "/transport/vehicles");
            Chromium.screenshot(browser, "transport-vehicles-en");

            for (String page : new String[] {"/transport", "/transport/convoys/" + convoy,
                    "/transport/convoys/" + convoy + "/plan", "/transport/manifests/" + manifest, "/transport/vehicles"}) {
                browser.get(base + page + "?lang=ar");
                assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
                String name = page.equals("/transport") ? "list" : page.contains("/plan") ? "plan"
                        : page.contains("manifests") ? "manifest" : page.contains("vehicles") ? "vehicles" : "convoy-planned";
                Chromium.screenshot(browser, "transport-" + name + "-ar");
            }
            browser.get(base + "/transport?lang=en");
            Chromium.screenshot(browser, "transport-list-en");
        } finally {
            browser.quit();
        }
    }
}
