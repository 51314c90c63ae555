package org.safepassage.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safepassage.support.Chromium;
import org.safepassage.support.SafePassageServerTest;
import org.safepassage.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator, working in Arabic, creates a user with a role and checks the audit chain. */
@SafePassageServerTest
class AdministrationBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    UserManagement users;

    @Test
    void administratorCreatesAUserAndVerifiesTheAuditChainInArabic() {
        String admin = TestUsers.create(users, Role.ADMIN);
        var browser = Chromium.desktop();
        try {
            String base = "http://localhost:" + port;
            TestUsers.signIn(browser, base, admin, "ar");
            browser.get(base + "/admin/users");
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");

            browser.findElement(By.id("new-username")).sendKeys("checkpoint.east");
            browser.findElement(By.id("new-display")).sendKeys("نقطة الشرق");
            browser.findElement(By.id("new-password")).sendKeys("a-long-password");
            browser.findElement(By.cssSelector("form.form input[name=roles][value=CHECKPOINT]")).click();
            browser.findElement(By.cssSelector("form.form button.primary")).click();

            assertThat(browser.findElement(By.cssSelector(".notice.success")).getText()).isEqualTo("تم إنشاء المستخدم.");
            assertThat(browser.findElement(By.id("user-checkpoint.east")).getText()).contains("نقطة الشرق");
            assertThat(users.find("checkpoint.east").orElseThrow().roles()).containsExactly(Role.CHECKPOINT);
            Chromium.screenshot(browser, "admin-users-ar");

            browser.get(base + "/admin/audit");
            browser.findElement(By.cssSelector("form[action$='/admin/audit/verify'] button")).click();
            assertThat(browser.findElement(By.cssSelector(".notice.success")).getText()).startsWith("السلسلة سليمة");
            assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("USER_CREATED");
            Chromium.screenshot(browser, "admin-audit-ar");

            browser.get(base + "/admin/users?lang=en");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Users");
            Chromium.screenshot(browser, "admin-users-en");

            browser.get(base + "/admin/audit/verify");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("cannot be opened on its own");
            browser.get(base + "/admin/no-such-page");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("This page does not exist.");
        } finally {
            browser.quit();
        }
    }
}
