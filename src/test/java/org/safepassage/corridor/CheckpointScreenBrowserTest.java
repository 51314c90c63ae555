package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.registry.RegistryFixtures;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.support.Chromium;
import org.safepassage.support.SafePassageServerTest;
import org.safepassage.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Checkpoint staff on a phone type a household's token, untick the member who is not there, record the
 * passage and a food parcel; the corridor board then shows both, on a map drawn without any tile server.
 */
@SafePassageServerTest
class CheckpointScreenBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    CorridorAdministration administration;

    @Autowired
    CorridorManagement corridors;

    @Autowired
    RegistryManagement registry;

    @Test
    void staffOnAPhoneRecordPassageAndServiceAndTheBoardShowsIt() {
        var corridor = CorridorFixtures.corridor(administration);
        CorridorFixtures.saved(administration.changeStatus(corridor.id(),
                new ChangeStatus(CorridorStatus.OPEN, null, null)));
        UUID household = RegistryFixtures.family(registry);
        String token = registry.household(household).orElseThrow().token();
        String base = "http://localhost:" + port;

        ChromeDriver phone = Chromium.phone();
        try {
            TestUsers.signIn(phone, base, TestUsers.create(users, Role.CHECKPOINT), "en");
            phone.get(base + "/checkpoints");
            phone.findElement(By.partialLinkText("First " + corridor.code())).click();
            phone.findElement(By.id("token")).sendKeys(token);
            submit(phone, By.cssSelector("#scan-form button[type=submit]"));

            List<WebElement> members = phone.findElements(By.cssSelector("#household-form .member input"));
            assertThat(members).hasSize(3);
            assertThat(phone.findElement(By.id("household")).getText()).contains("Amal Haddad", "أمل حداد");
            members.get(2).click(); // the youngest stayed behind
            submit(phone, By.id("record-passage"));
            assertThat(phone.findElement(By.id("notice")).getText()).isEqualTo("Passage recorded: 2 people.");
            assertThat(phone.findElements(By.cssSelector("#household .member-passed"))).hasSize(2);

            new Select(phone.findElement(By.id("service"))).selectByValue("FOOD");
            submit(phone, By.id("record-service"));
            assertThat(phone.findElement(By.id("notice")).getText()).isEqualTo("Service recorded: Food.");
            assertThat(phone.findElement(By.id("today")).getText()).contains("2 people, 1 household");
            Chromium.screenshot(phone, "checkpoint-screen-phone-en");
            fullLength(phone, "checkpoint-screen-phone-en-full");
            assertFitsTheScreen(phone);

            // the youngest was held back: report it
            phone.findElement(By.cssSelector("#incident summary")).click();
            new Select(phone.findElement(By.id("incident-type"))).selectByValue("HELD_BACK");
            phone.findElements(By.cssSelector("#incident .member input")).get(2).click();
            submit(phone, By.cssSelector("#incident button.danger"));
            assertThat(phone.findElement(By.id("notice")).getText())
                    .isEqualTo("The incident was reported to protection staff.");

            phone.get(base + "/checkpoints/" + corridor.first() + "/screen?lang=ar");
            assertThat(phone.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
            assertThat(phone.findElement(By.id("record-passage")).getText()).isEqualTo("تسجيل العبور");
            Chromium.screenshot(phone, "checkpoint-screen-phone-ar");
            fullLength(phone, "checkpoint-screen-phone-ar-full");
            assertFitsTheScreen(phone);
        } finally {
            phone.quit();
        }

        assertThat(corridors.passagesOfHousehold(household)).singleElement()
                .satisfies(p -> assertThat(p.personCount()).isEqualTo(2));

        ChromeDriver desktop = Chromium.desktop();
        try {
            TestUsers.signIn(desktop, base, TestUsers.create(users, Role.LOGISTICS), "en");
            desktop.get(base + "/corridors");
            var row = desktop.findElement(By.id("checkpoint-" + corridor.code() + "-1"));
            assertThat(row.findElement(By.cssSelector(".passed-today")).getText()).startsWith("2");
            assertThat(row.findElement(By.cssSelector(".served-today")).getText()).contains("Food: 1");
            var incidents = row.findElements(By.cssSelector("td")).get(7).getText();
            assertThat(incidents).as("logistics see a suppressed incident count").isEqualTo("<5");
            assertMapDrawn(desktop);
            desktop.findElement(By.id("corridor-" + corridor.code())).getLocation();
            Chromium.screenshot(desktop, "corridor-board-en");
            fullLength(desktop, "corridor-board-en-full");

            desktop.get(base + "/corridors?lang=ar");
            assertThat(desktop.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
            assertMapDrawn(desktop);
            Chromium.screenshot(desktop, "corridor-board-ar");
            fullLength(desktop, "corridor-board-ar-full");

            desktop.get(base + "/corridors/" + corridor.id() + "?lang=en");
            assertMapDrawn(desktop);
            Chromium.screenshot(desktop, "corridor-page-en");
            fullLength(desktop, "corridor-page-en-full");
        } finally {
            desktop.quit();
        }

        ChromeDriver protection = Chromium.desktop();
        try {
            TestUsers.signIn(protection, base, TestUsers.create(users, Role.PROTECTION), "en");
            protection.get(base + "/corridors/incidents");
            String ref = registry.household(household).orElseThrow().ref();
            var report = protection.findElement(By.cssSelector("table.incidents tbody tr"));
            assertThat(report.getText()).contains("Held back", "First " + corridor.code(), ref);
            Chromium.screenshot(protection, "incidents-en");
            protection.get(base + "/corridors/incidents?lang=ar");
            Chromium.screenshot(protection, "incidents-ar");
        } finally {
            protection.quit();
        }
    }

    /** Clicks a button that submits a form, and waits for the page that answers. */
    private static void submit(ChromeDriver browser, By button) {
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Routes and checkpoints are drawn as vector shapes: no tile server is needed (none is configured here). */
    private static void assertMapDrawn(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.attributeToBeNotEmpty(
                browser.findElement(By.cssSelector(".corridor-map")), "data-drawn"));
        assertThat(browser.findElements(By.cssSelector(".corridor-map .leaflet-overlay-pane path"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".corridor-map .leaflet-tile"))).isEmpty();
    }

    /** Nothing on the phone screen is wider than the screen itself. */
    private static void assertFitsTheScreen(ChromeDriver phone) {
        Object overflow = phone.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object culprits = phone.executeScript("""
                var width = document.documentElement.clientWidth, found = [];
                document.querySelectorAll('body *').forEach(function (e) {
                    var box = e.getBoundingClientRect();
                    if (box.width > 0 && (box.right > width + 1 || box.left < -1)) {
                        found.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(box.left) + '..'
                            + Math.round(box.right));
                    }
                });
                return found.slice(0, 8).join('; ');""");
        assertThat(((Number) overflow).intValue()).as("pixels wider than the screen: %s", culprits)
                .isLessThanOrEqualTo(0);
    }

    /** The whole page at the browser's width, for looking at (the viewport shows only its top). */
    private static void fullLength(ChromeDriver browser, String name) {
        var size = browser.manage().window().getSize();
        Object height = browser.executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(size.getWidth(), ((Number) height).intValue() + 120));
        Chromium.screenshot(browser, name);
        browser.manage().window().setSize(size);
    }
}
