package org.safepassage.corridor.web;

import java.text.NumberFormat;
import java.util.Set;

import org.safepassage.security.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;

/**
 * What the person looking may see of the figures: incident counts below five are hidden from everyone but
 * protection staff and administrators, and analysts (aggregates only) see no small cell at all.
 */
record Viewer(boolean seesIncidents, boolean seesSmallCells) {

    static final int SMALL_CELL = 5;

    static Viewer of(Authentication authentication) {
        Set<Role> held = Role.heldBy(authentication);
        boolean protection = held.contains(Role.PROTECTION) || held.contains(Role.ADMIN);
        boolean operational = protection || held.contains(Role.LOGISTICS) || held.contains(Role.CHECKPOINT);
        return new Viewer(protection, operational);
    }

    /** A passage or service count as this viewer may see it: <5 for a small cell they may not see. */
    public String count(long n) {
        return !seesSmallCells && n > 0 && n < SMALL_CELL ? "<" + number(SMALL_CELL) : number(n);
    }

    /** An incident count as this viewer may see it. */
    public String incidents(long n) {
        return !seesIncidents && n > 0 && n < SMALL_CELL ? "<" + number(SMALL_CELL) : number(n);
    }

    /** In the digits of the page's language, as the numbers in its sentences are. */
    private static String number(long n) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(n);
    }
}
