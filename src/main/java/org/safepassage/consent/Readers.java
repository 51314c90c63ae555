package org.safepassage.consent;

import org.safepassage.security.Role;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is reading. The respondent's own words (free text of a survey, the note of a withdrawal) reach
 * PROTECTION officers only, whatever page or endpoint asks: the check sits beside the data, not in a controller.
 */
final class Readers {

    private Readers() {
    }

    static boolean protectionOfficer() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.PROTECTION.authority().equals(a.getAuthority()));
    }
}
