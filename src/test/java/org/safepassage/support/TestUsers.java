package org.safepassage.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.safepassage.security.CreateUser;
import org.safepassage.security.Role;
import org.safepassage.security.UserManagement;

/** Users for tests, created through the real user management, and signing them in through the real login page. */
public final class TestUsers {

    public static final String PASSWORD = "test-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestUsers() {
    }

    /** Creates a user holding the given roles and returns its user name (unique per call). */
    public static String create(UserManagement users, Role... roles) {
        String username = "t" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        var result = users.create(new CreateUser(username, username, PASSWORD, Set.of(roles)));
        if (!(result instanceof UserManagement.Result.Done)) {
            throw new IllegalStateException("Could not create test user: " + result);
        }
        return username;
    }

    /** Signs in through the login page; {@code lang} is "en" or "ar". */
    public static void signIn(WebDriver browser, String baseUrl, String username, String lang) {
        browser.get(baseUrl + "/login?lang=" + lang);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        browser.findElement(By.cssSelector(".user-name"));
    }
}
