package org.safepassage.consent.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.safepassage.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles of the person looking at a page, for deciding what a page shows. */
record Viewer(Set<String> authorities) {

    static Viewer of(Authentication authentication) {
        return new Viewer(authentication == null ? Set.of()
                : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet()));
    }

    boolean is(Role role) {
        return authorities.contains(role.authority());
    }

    /** Sees people one by one (and so exact counts); everyone else sees aggregates with small cells withheld. */
    boolean seesIndividuals() {
        return is(Role.ADMIN) || is(Role.PROTECTION) || is(Role.REGISTRATION);
    }
}
