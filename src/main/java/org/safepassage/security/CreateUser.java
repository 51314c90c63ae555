package org.safepassage.security;

import java.util.Set;
import java.util.regex.Pattern;

/** Command: create a user. Validation happens here so the page, the API and the bootstrap agree. */
public record CreateUser(String username, String displayName, String password, Set<Role> roles) {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    public static final int MIN_PASSWORD_LENGTH = 10;

    public CreateUser {
        username = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        displayName = displayName == null || displayName.isBlank() ? username : displayName.trim();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The first problem with this command, as a message key, or null when it is acceptable. */
    public String problem() {
        if (!USERNAME.matcher(username).matches()) {
            return "users.error.username";
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return "users.error.password";
        }
        if (roles.isEmpty()) {
            return "users.error.roles";
        }
        return null;
    }
}
