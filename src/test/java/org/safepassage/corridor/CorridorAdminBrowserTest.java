package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.support.Chromium;
import org.safepassage.support.SafePassageServerTest;
import org.safepassage.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A logistician sets up a corridor with the forms: route, destinations, a checkpoint, its services, a suspension. */
@SafePassageServerTest
class CorridorAdminBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    CorridorManagement corridors;

    @Test
    void logisticsSetUpACorridorAndSuspendIt() {
        String base = "http://localhost:" + port;
        String code = CorridorFixtures.uniqueCode("W");
        ChromeDriver browser = Chromium.desktop();
        try {
            TestUsers.signIn(browser, base, TestUsers.create(users, Role.LOGISTICS), "en");
            browser.get(base + "/corridors/new");
            browser.findElement(By.id("code")).sendKeys(code);
            browser.findElement(By.id("authority")).sendKeys("Syrian authorities");
            browser.findElement(By.id("nameEn")).sendKeys("Northern road " + code);
            browser.findElement(By.id("nameAr")).sendKeys("الطريق الشمالي " + code);
            browser.findElement(By.id("from")).sendKeys("Camp");
            browser.findElement(By.id("to")).sendKeys("Palmyra");
            browser.findElement(By.id("route")).sendKeys("33.295, 38.700\n33.58, 38.18\n34.55, 38.28");
            browser.findElement(By.id("destinations")).sendKeys("PALMYRA | Palmyra shelters | مراكز إيواء تدمر");
            submit(browser, By.cssSelector("form.form button.primary"));

            assertThat(browser.findElement(By.cssSelector(".notice.success")).getText()).contains("created");
            var corridor = corridors.corridors().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
            assertThat(corridor.route().points()).hasSize(3);
            assertThat(corridor.route().points().get(0).latitude()).isEqualTo(33.295);
            assertThat(corridor.serves("PALMYRA")).isTrue();

            browser.get(base + "/corridors/" + corridor.id() + "/checkpoints/new");
            browser.findElement(By.id("code")).sendKeys(code + "-1");
            browser.findElement(By.id("nameEn")).sendKeys("Jleb " + code);
            browser.findElement(By.id("nameAr")).sendKeys("جليب " + code);
            browser.findElement(By.id("latitude")).sendKeys("33.58");
            browser.findElement(By.id("longitude")).sendKeys("38.18");
            browser.findElement(By.id("expectedMinutes")).sendKeys("75");
            browser.findElement(By.id("operator")).sendKeys("Syrian Arab Army");
            browser.findElement(By.id("capacityPerHour")).sendKeys("250");
            submit(browser, By.cssSelector("form.form button.primary"));
            assertThat(browser.findElement(By.cssSelector(".notice.success")).getText()).contains("added");

            new Select(browser.findElement(By.id("service-FOOD"))).selectByValue("AVAILABLE");
            new Select(browser.findElement(By.id("service-MEDICAL_SCREENING"))).selectByValue("LIMITED");
            submit(browser, By.cssSelector("form[action$='/services'] button.primary"));
            var checkpoint = corridors.checkpoints(corridor.id()).get(0);
            assertThat(checkpoint.services()).extracting(ServiceOffer::service)
                    .containsExactly(ServiceType.FOOD, ServiceType.MEDICAL_SCREENING);
            Chromium.screenshot(browser, "checkpoint-form-en");

            browser.get(base + "/corridors/" + corridor.id() + "/edit");
            new Select(browser.findElement(By.id("status"))).selectByValue("SUSPENDED");
            submit(browser, By.cssSelector("form[action$='/status'] button.primary"));
            assertThat(browser.findElement(By.cssSelector(".notice.error")).getText())
                    .contains("Say why the corridor is suspended or closed.");
            new Select(browser.findElement(By.id("status"))).selectByValue("SUSPENDED");
            browser.findElement(By.id("reason")).sendKeys("Reports of arrests at Jleb");
            submit(browser, By.cssSelector("form[action$='/status'] button.primary"));
            assertThat(corridors.corridor(corridor.id()).orElseThrow().status()).isEqualTo(CorridorStatus.SUSPENDED);
            Chromium.screenshot(browser, "corridor-form-en");

            browser.get(base + "/corridors/" + corridor.id() + "/edit?lang=ar");
            Chromium.screenshot(browser, "corridor-form-ar");
        } finally {
            browser.quit();
        }
    }

    private static void submit(ChromeDriver browser, By button) {
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }
}
