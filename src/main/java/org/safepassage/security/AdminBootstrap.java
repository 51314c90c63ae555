package org.safepassage.security;

import java.security.SecureRandom;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start there is nobody to sign in: create {@code admin} with the password from
 * SAFEPASSAGE_ADMIN_PASSWORD, or a random one printed once to the console.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserManagement users;
    private final String configuredPassword;

    AdminBootstrap(UserManagement users, @Value("${safepassage.admin.password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyUserExists()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        var result = users.create(new CreateUser("admin", "Administrator", password, Set.of(Role.ADMIN)));
        if (result instanceof UserManagement.Result.Rejected rejected) {
            throw new IllegalStateException("Could not create the first administrator (" + rejected.reasonKey()
                    + "): SAFEPASSAGE_ADMIN_PASSWORD needs at least " + CreateUser.MIN_PASSWORD_LENGTH + " characters");
        }
        if (generated) {
            System.out.println("""

                    ==================================================================
                     First start: an administrator account was created.
                       username: admin
                       password: %s
                     This password is shown only now. Sign in and change it.
                    ==================================================================
                    """.formatted(password));
            System.out.flush();
        }
    }

    private static String randomPassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
