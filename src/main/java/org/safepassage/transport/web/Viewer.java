package org.safepassage.transport.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.safepassage.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles of whoever is looking, for pages that show more to some roles than to others. */
record Viewer(Set<String> authorities) {

    static Viewer of(Authentication authentication) {
        return new Viewer(authentication == null ? Set.of()
                : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet()));
    }

    boolean is(Role role) {
        return authorities.contains(role.authority());
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
