package org.safepassage.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.safepassage.registry.RegistryFixtures;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.support.Chromium;
import org.safepassage.support.SafePassageServerTest;
import org.safepassage.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clerk working in Arabic registers a household whose head has an Arabic name, through the real pages in a
 * real browser, and finds it again by the name in Arabic script and by its Latin spelling.
 */
@SafePassageServerTest
class RegistrationBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    org.safepassage.registry.RegistryManagement registry;

    @Test
    void aClerkRegistersAnArabicNamedHeadAndFindsHerInBothScripts() {
        String base = "http://localhost:" + port;
        String clerk = TestUsers.create(users, Role.REGISTRATION);
        String ref = RegistryFixtures.uniqueRef("BR");
        String family = "Zahrawi" + ref.replaceAll("\\D", "");
        ChromeDriver browser = Chromium.desktop();
        try {
            TestUsers.signIn(browser, base, clerk, "ar");
            browser.get(base + "/registry/households/new");
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
            browser.findElement(By.id("ref")).sendKeys(ref);
            browser.findElement(By.id("shelterBlock")).sendKeys("B-21");
            browser.findElement(By.id("members[0].givenNameAr")).sendKeys("خديجة");
            browser.findElement(By.id("members[0].fatherNameAr")).sendKeys("محمود");
            browser.findElement(By.id("members[0].familyNameAr")).sendKeys("الزهراوي");
            browser.findElement(By.id("members[0].givenName")).sendKeys("Khadija");
            browser.findElement(By.id("members[0].familyName")).sendKeys(family);
            new Select(browser.findElement(By.id("members[0].sex"))).selectByValue("F");
            browser.findElement(By.id("members[0].birthDate")).sendKeys("1979");
            new Select(browser.findElement(By.id("members[0].originPcode"))).selectByValue("SY04");
            browser.findElement(By.cssSelector("button[name=addMember]")).click();
            browser.findElement(By.id("members[1].givenName"));
            Chromium.screenshot(browser, "registry-register-ar");
            var extraRow = browser.findElement(By.id("members[1].givenName"));
            browser.findElement(By.cssSelector("button.remove-member")).click();
            // removing a row posts the form back: wait for the page that replaces this one
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(extraRow));
            assertThat(browser.findElements(By.id("members[1].givenName"))).isEmpty();
            assertThat(browser.findElement(By.id("members[0].givenNameAr")).getDomProperty("value")).isEqualTo("خديجة");
            browser.findElement(By.id("register-submit")).click();

            Chromium.waitForText(browser, By.tagName("h1"), ref);
            assertThat(browser.findElement(By.id("members")).getText()).contains("خديجة محمود الزهراوي");
            Chromium.screenshot(browser, "registry-household-ar");

            browser.get(base + "/registry?q=" + java.net.URLEncoder.encode("خديجه " + family.substring(0, 0)
                    + "الزهراوي", java.nio.charset.StandardCharsets.UTF_8));
            assertThat(browser.findElement(By.id("results")).getText()).contains(ref);
            Chromium.screenshot(browser, "registry-search-ar");

            browser.get(base + "/registry?lang=en");
            var box = browser.findElement(By.id("q"));
            box.sendKeys("khadija " + family.toLowerCase());
            box.submit();
            assertThat(Chromium.waitForText(browser, By.id("results"), ref)).contains("Khadija");
            Chromium.screenshot(browser, "registry-search-en");

            browser.findElement(By.cssSelector("#results tbody tr.hit a")).click();
            Chromium.waitForText(browser, By.tagName("h1"), "Khadija");
            assertThat(browser.findElement(By.cssSelector("h1 [lang=ar]")).getDomAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.findElement(By.cssSelector("h1 .person-name-latin bdi")).getDomAttribute("dir")).isEqualTo("ltr");
            Chromium.screenshot(browser, "registry-person-en");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theRegistryPagesReadWellInBothLanguages() {
        String base = "http://localhost:" + port;
        String admin = TestUsers.create(users, Role.ADMIN);
        var household = RegistryFixtures.family(registry);
        ChromeDriver browser = Chromium.desktop();
        try {
            for (String lang : new String[] {"en", "ar"}) {
                TestUsers.signIn(browser, base, admin, lang);
                browser.get(base + "/registry/households/" + household);
                assertThat(browser.findElement(By.id("members")).getText()).contains("أمل حداد");
                Chromium.screenshot(browser, "registry-household-" + lang);
                // every value sits next to its label, Latin refs and dates included (no drift to the far side)
                Number drift = (Number) browser.executeScript("""
                        let most = 0;
                        for (const dd of document.querySelectorAll('dl.facts dd')) {
                            const text = document.createRange();
                            text.selectNodeContents(dd);
                            const box = dd.getBoundingClientRect(), ink = text.getBoundingClientRect();
                            const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
                            most = Math.max(most, rtl ? box.right - ink.right : ink.left - box.left);
                        }
                        return most;""");
                assertThat(drift.doubleValue()).isLessThan(2.0);
                browser.get(base + "/registry/import");
                Chromium.screenshot(browser, "registry-import-" + lang);
                browser.get(base + "/registry/needs");
                assertThat(browser.findElement(By.id("need-LP-AF")).getText()).contains("LP-AF");
                Chromium.screenshot(browser, "registry-needs-" + lang);
                browser.get(base + "/registry-counts");
                Chromium.screenshot(browser, "registry-figures-" + lang);
                browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
            }
        } finally {
            browser.quit();
        }
    }
}
