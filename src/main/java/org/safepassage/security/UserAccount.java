package org.safepassage.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person who signs in to SafePassage, with the roles that decide what they may see and do. */
public record UserAccount(UUID id, String username, String displayName, boolean enabled, Set<Role> roles,
        Instant createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
