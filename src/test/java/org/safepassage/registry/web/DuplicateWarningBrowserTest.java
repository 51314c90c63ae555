package org.safepassage.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safepassage.registry.BirthDate;
import org.safepassage.registry.NewMember;
import org.safepassage.registry.PersonDetails;
import org.safepassage.registry.PersonName;
import org.safepassage.registry.RegisterHousehold;
import org.safepassage.registry.RegistryFixtures;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;
import org.safepassage.support.Chromium;
import org.safepassage.support.SafePassageServerTest;
import org.safepassage.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clerk starts registering a woman who is already in the registry, spelled another way: before saving, the
 * form says she may already be registered and shows her record, in English and in Arabic.
 */
@SafePassageServerTest
class DuplicateWarningBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Autowired
    RegistryManagement registry;

    @Test
    void registeringSomeoneAlreadyRegisteredShowsTheMatchingRecordInEnglishAndArabic() {
        String base = "http://localhost:" + port;
        String existing = RegistryFixtures.uniqueRef("BW");
        registry.registerHousehold(new RegisterHousehold(existing, "G-14", List.of(new NewMember(existing + "-1",
                new PersonDetails(Relationship.HEAD, new PersonName("Ruqayya", "Abdulaziz", "Al-Quteifan", "رقية",
                        "عبد العزيز", "القطيفان"), Sex.F, BirthDate.parse("1984-07-03"), "SY12",
                        LocalDate.of(2016, 2, 1), null, Set.of("SP-PT"))))));
        String clerk = TestUsers.create(users, Role.REGISTRATION);
        ChromeDriver browser = Chromium.desktop();
        try {
            TestUsers.signIn(browser, base, clerk, "en");
            browser.get(base + "/registry/households/new?lang=en");
            browser.findElement(By.id("members[0].givenName")).sendKeys("Rukaya");
            browser.findElement(By.id("members[0].fatherName")).sendKeys("Abd al-Aziz");
            browser.findElement(By.id("members[0].familyName")).sendKeys("Qtaifan");
            new Select(browser.findElement(By.id("members[0].sex"))).selectByValue("F");
            browser.findElement(By.id("members[0].birthDate")).sendKeys("1984-07-03");
            WebElement warning = warning(browser, "same date of birth");
            assertThat(warning.getText()).contains("This person may already be registered.").contains(existing + "-1")
                    .contains("رقية عبد العزيز القطيفان").contains("same date of birth");
            assertThat(warning.findElement(By.cssSelector("[lang=ar]")).getDomAttribute("dir")).isEqualTo("rtl");
            Chromium.screenshot(browser, "registry-duplicate-warning-en");

            browser.get(base + "/registry/households/new?lang=ar");
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
            browser.findElement(By.id("members[0].givenNameAr")).sendKeys("رقيه");
            browser.findElement(By.id("members[0].fatherNameAr")).sendKeys("عبدالعزيز");
            browser.findElement(By.id("members[0].familyNameAr")).sendKeys("قطيفان");
            new Select(browser.findElement(By.id("members[0].sex"))).selectByValue("F");
            browser.findElement(By.id("members[0].birthDate")).sendKeys("1984");
            warning = warning(browser, "سنة الميلاد نفسها");
            assertThat(warning.getText()).contains("ربما سُجّل هذا الشخص من قبل.").contains(existing + "-1")
                    .contains("رقية عبد العزيز القطيفان").contains("سنة الميلاد نفسها");
            Chromium.screenshot(browser, "registry-duplicate-warning-ar");

            // registered all the same: the pair waits in the review queue, nothing is merged
            browser.findElement(By.id("register-submit")).click();
            browser.findElement(By.cssSelector("#members a")).click();
            String person = browser.getCurrentUrl();
            WebElement pairLink = new WebDriverWait(browser, Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(3))
                    .until(driver -> {
                        driver.get(person);
                        var links = driver.findElements(By.cssSelector("#person-duplicates a"));
                        return links.isEmpty() ? null : links.get(0);
                    });
            pairLink.click();
            assertThat(browser.findElement(By.id("reasons")).getText()).contains("اسم الأب نفسه");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains(existing + "-1");
            Chromium.screenshot(browser, "registry-duplicate-pair-ar");
            browser.get(browser.getCurrentUrl().replaceAll("\\?.*", "") + "?lang=en");
            assertThat(browser.findElement(By.id("merge-form")).getText()).contains("Keep");
            Chromium.screenshot(browser, "registry-duplicate-pair-en");
            browser.get(base + "/registry/duplicates?lang=en");
            Chromium.screenshot(browser, "registry-duplicates-en");
        } finally {
            browser.quit();
        }
    }

    /** The warning once it has caught up with the typing (it is asked again as the clerk types). */
    private static WebElement warning(ChromeDriver browser, String saying) {
        By notice = By.cssSelector("#duplicate-check-members\\[0\\]\\. .notice.warning");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(notice, saying));
        WebElement warning = browser.findElement(notice);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", warning);
        return warning;
    }
}
