package org.safepassage.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles of the operation. Access is denied unless an endpoint names the role. */
public enum Role {
    ADMIN,
    REGISTRATION,
    PROTECTION,
    LOGISTICS,
    CHECKPOINT,
    DISTRIBUTION,
    /** Aggregates only, never names. */
    ANALYST,
    /** A field device: posts events and fetches its own work list. */
    DEVICE;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The roles a signed-in user or device holds; none for nobody. */
    public static Set<Role> heldBy(Authentication authentication) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        if (authentication != null) {
            for (GrantedAuthority granted : authentication.getAuthorities()) {
                for (Role role : values()) {
                    if (role.authority().equals(granted.getAuthority())) {
                        held.add(role);
                    }
                }
            }
        }
        return held;
    }
}
