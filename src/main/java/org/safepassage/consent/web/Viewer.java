package org.safepassage.consent.web;

import java.util.Set;

import org.safepassage.security.Role;
import org.springframework.security.core.Authentication;

/** The roles of the person looking at a page, for deciding what a page shows. */
record Viewer(Set<Role> roles) {

    static Viewer of(Authentication authentication) {
        return new Viewer(Role.heldBy(authentication));
    }

    boolean is(Role role) {
        return roles.contains(role);
    }

    /** Sees people one by one (and so exact counts); everyone else sees aggregates with small cells withheld. */
    boolean seesIndividuals() {
        return is(Role.ADMIN) || is(Role.PROTECTION) || is(Role.REGISTRATION);
    }
}
