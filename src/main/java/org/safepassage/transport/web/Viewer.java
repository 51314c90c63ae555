package org.safepassage.transport.web;

import java.util.Set;

import org.safepassage.security.Role;
import org.springframework.security.core.Authentication;

/** The roles of whoever is looking, for pages that show more to some roles than to others. */
record Viewer(Set<Role> roles) {

    static Viewer of(Authentication authentication) {
        return new Viewer(Role.heldBy(authentication));
    }

    boolean is(Role role) {
        return roles.contains(role);
    }

    /** Plans and manages convoys. */
    boolean manages() {
        return is(Role.ADMIN) || is(Role.LOGISTICS);
    }

    /** Sees counts only, with small cells withheld. */
    boolean countsOnly() {
        return !manages() && !is(Role.PROTECTION);
    }
}
