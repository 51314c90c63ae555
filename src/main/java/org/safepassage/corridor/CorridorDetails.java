package org.safepassage.corridor;

import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator or logistician states about a corridor, to create it or change it. The Arabic forms of
 * where it leads and who operates it are optional.
 */
public record CorridorDetails(String code, String nameEn, String nameAr, String from, String to, String authority,
        Route route, List<Destination> destinations, String fromAr, String toAr, String authorityAr) {

    /** A corridor stated in one language only. */
    public CorridorDetails(String code, String nameEn, String nameAr, String from, String to, String authority,
            Route route, List<Destination> destinations) {
        this(code, nameEn, nameAr, from, to, authority, route, destinations, null, null, null);
    }

    public CorridorDetails {
        code = Texts.code(code);
        nameEn = Texts.clean(nameEn);
        nameAr = Texts.clean(nameAr);
        from = Texts.clean(from);
        to = Texts.clean(to);
        authority = Texts.clean(authority);
        fromAr = Texts.clean(fromAr);
        toAr = Texts.clean(toAr);
        authorityAr = Texts.clean(authorityAr);
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (!Texts.validCode(code)) {
            violations.add(new Violation("code", "corridor.error.code"));
        }
        if (nameEn == null) {
            violations.add(new Violation("nameEn", "corridor.error.nameEn"));
        }
        if (nameAr == null) {
            violations.add(new Violation("nameAr", "corridor.error.nameAr"));
        }
        if (from == null) {
            violations.add(new Violation("from", "corridor.error.from"));
        }
        if (to == null) {
            violations.add(new Violation("to", "corridor.error.to"));
        }
        if (authority == null) {
            violations.add(new Violation("authority", "corridor.error.authority"));
        }
        if (route == null) {
            violations.add(new Violation("route", "corridor.error.route"));
        }
        if (destinations.stream().map(Destination::code).distinct().count() < destinations.size()) {
            violations.add(new Violation("destinations", "corridor.error.destinationTwice"));
        }
        return violations;
    }
}
