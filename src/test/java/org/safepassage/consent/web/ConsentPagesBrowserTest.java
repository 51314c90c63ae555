package org.safepassage.consent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.consent.ConsentFixtures;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.Eligibility;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.support.Chromium;
import org.safepassage.support.SafePassageServerTest;
import org.safepassage.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A protection officer, working in Arabic, records a household's intention and the head's consent, then withdraws it. */
@SafePassageServerTest
class ConsentPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    RegistryManagement registry;

    @Autowired
    ConsentManagement consent;

    @Test
    void aProtectionOfficerRecordsAnIntentionAndAConsentInArabicAndWithdrawsIt() {
        var family = ConsentFixtures.family(registry);
        String officer = TestUsers.create(users, Role.PROTECTION);
        String base = "http://localhost:" + port;
        String homs = consent.destinationByCode("HOMS").orElseThrow().id().toString();
        ChromeDriver browser = Chromium.desktop();
        try {
            TestUsers.signIn(browser, base, officer, "ar");
            browser.get(base + "/consent");
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
            browser.findElement(By.id("find-q")).sendKeys(family.ref());
            browser.findElement(By.cssSelector("#find-household button")).click();
            assertThat(Chromium.waitForText(browser, By.tagName("h1"), family.ref())).contains("الأسرة");

            // the household answers: Homs, fearing separation; the son of 19 answers for himself later
            browser.findElement(By.id("record-household-intention")).click();
            browser.findElement(By.id("choice-DESTINATION")).click();
            new Select(browser.findElement(By.id("preferred"))).selectByValue(homs);
            browser.findElement(By.id("fear-FAMILY_SEPARATION")).click();
            browser.findElement(By.id("freeText")).sendKeys("نريد العودة إلى بيتنا إن بقينا معاً");
            Chromium.screenshot(browser, "consent-intention-form-ar");
            browser.findElement(By.cssSelector("#intention-form button[type=submit]")).click();
            assertThat(browser.findElement(By.cssSelector(".notice.success")).getText()).isEqualTo("سُجّلت النية.");
            var headRow = By.id("member-" + family.ref() + "-1");
            assertThat(browser.findElement(headRow).findElement(By.cssSelector(".intention")).getText()).contains("حمص");

            // the head consents, after the information text was read out in Arabic, also for his son of 12
            browser.findElement(headRow).findElement(By.cssSelector("a.record-consent")).click();
            var text = browser.findElement(By.id("information-text"));
            assertThat(text.getDomAttribute("dir")).isEqualTo("rtl");
            assertThat(text.getText()).contains("القرار لك وحدك");
            assertThat(new Select(browser.findElement(By.id("destination"))).getFirstSelectedOption()
                    .getDomAttribute("value")).isEqualTo(homs);
            browser.findElement(By.id("method-THUMBPRINT")).click();
            browser.findElement(By.id("informationReadOut")).click();
            Chromium.screenshot(browser, "consent-form-ar");
            browser.findElement(By.cssSelector("#consent-form button[type=submit]")).click();
            assertThat(browser.findElement(By.cssSelector(".notice.success")).getText()).isEqualTo("سُجّلت الموافقة.");
            assertThat(browser.findElement(headRow).findElement(By.cssSelector(".eligibility")).getText())
                    .isEqualTo("يحق له السفر");
            assertThat(browser.findElement(By.id("member-" + family.ref() + "-4"))
                    .findElement(By.cssSelector(".eligibility")).getText()).isEqualTo("يحق له السفر");
            assertThat(consent.mayTravel(family.member("1"), java.util.UUID.fromString(homs)).mayTravel()).isTrue();
            Chromium.screenshot(browser, "consent-household-ar");

            // he changes his mind: the withdrawal takes effect at once, for him and for the child
            browser.findElement(headRow).findElement(By.cssSelector("details.withdraw summary")).click();
            new Select(browser.findElement(By.id("reason-" + family.ref() + "-1"))).selectByValue("CHANGED_MIND");
            browser.findElement(headRow).findElement(By.cssSelector("details.withdraw button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> {
                try {
                    d.switchTo().alert().accept();
                    return true;
                } catch (org.openqa.selenium.NoAlertPresentException e) {
                    return false;
                }
            });
            assertThat(browser.findElement(By.cssSelector(".notice.success")).getText())
                    .isEqualTo("سُحبت الموافقة. لم تعد تسمح لأحد بالسفر.");
            assertThat(browser.findElement(By.id("consents")).getText()).contains("مسحوبة").contains("غيّر رأيه");
            assertThat(consent.mayTravel(family.member("1"), java.util.UUID.fromString(homs)))
                    .isEqualTo(new Eligibility.Rejected(Eligibility.Reason.CONSENT_WITHDRAWN));
            assertThat(consent.mayTravel(family.member("4"), java.util.UUID.fromString(homs)).mayTravel()).isFalse();
            Chromium.screenshot(browser, "consent-withdrawn-ar");

            // the same pages in English, left to right
            browser.get(base + "/consent/households/" + family.householdId() + "?lang=en");
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
            assertThat(browser.findElement(By.id("consents")).getText()).contains("withdrawn");
            Chromium.screenshot(browser, "consent-household-en");
            browser.findElement(headRow).findElement(By.cssSelector("a.record-consent")).click();
            browser.findElement(By.id("text-EN")).click();
            assertThat(browser.findElement(By.id("information-text")).getDomAttribute("dir")).isEqualTo("ltr");
            assertThat(browser.findElement(By.id("information-text")).getText()).contains("The choice is yours");
            Chromium.screenshot(browser, "consent-form-en");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theDashboardAndTheHoldQueueRenderInBothLanguages() {
        String officer = TestUsers.create(users, Role.PROTECTION, Role.ADMIN);
        String analyst = TestUsers.create(users, Role.ANALYST);
        var family = ConsentFixtures.family(registry, "LP-RR");
        ConsentFixtures.done(consent.giveConsent(ConsentFixtures.consent(consent, family, "1", "RURAL_DAMASCUS",
                java.util.Set.of())));
        var travelling = ConsentFixtures.family(registry);
        ConsentFixtures.done(consent.giveConsent(ConsentFixtures.consent(consent, travelling, "1", "HOMS",
                java.util.Set.of(travelling.member("4"), travelling.member("5")))));
        ConsentFixtures.done(consent.giveConsent(ConsentFixtures.consent(consent, travelling, "2", "HOMS",
                java.util.Set.of())));
        String base = "http://localhost:" + port;
        ChromeDriver browser = Chromium.desktop();
        try {
            TestUsers.signIn(browser, base, officer, "ar");
            browser.get(base + "/consent/holds");
            assertThat(browser.findElement(By.id("hold-queue")).getText()).contains(family.ref());
            Chromium.screenshot(browser, "consent-holds-ar");
            browser.get(base + "/consent/dashboard?lang=en");
            assertThat(browser.findElements(By.id("suppression-note"))).isEmpty();
            Chromium.screenshot(browser, "consent-dashboard-en");
            browser.get(base + "/consent/destinations?lang=ar");
            Chromium.screenshot(browser, "consent-destinations-ar");
            browser.get(base + "/consent/texts?lang=en");
            Chromium.screenshot(browser, "consent-texts-en");
            browser.get(base + "/consent/travel?lang=ar&destination="
                    + consent.destinationByCode("HOMS").orElseThrow().id());
            assertThat(browser.findElement(By.id("travel-list")).getText()).contains(travelling.ref() + "-4")
                    .doesNotContain(travelling.ref() + "-3");
            Chromium.screenshot(browser, "consent-travel-ar");
            browser.manage().deleteAllCookies();

            TestUsers.signIn(browser, base, analyst, "ar");
            browser.get(base + "/consent/dashboard");
            assertThat(browser.findElement(By.id("suppression-note")).isDisplayed()).isTrue();
            Chromium.screenshot(browser, "consent-dashboard-analyst-ar");
            browser.get(base + "/consent/households/" + family.householdId());
            assertThat(browser.getPageSource()).doesNotContain("خالد");
        } finally {
            browser.quit();
        }
    }
}
