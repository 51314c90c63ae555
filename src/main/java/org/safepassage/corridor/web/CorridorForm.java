package org.safepassage.corridor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.safepassage.corridor.Corridor;
import org.safepassage.corridor.CorridorDetails;
import org.safepassage.corridor.Destination;
import org.safepassage.corridor.GeoPoint;
import org.safepassage.corridor.Route;
import org.safepassage.corridor.Violation;

/**
 * What the corridor form holds, as typed. The route is one point per line, latitude then longitude, as a GPS
 * shows it; destinations are one per line, CODE | English name | Arabic name.
 */
record CorridorForm(String code, String nameEn, String nameAr, String from, String to, String authority,
        String route, String destinations, String fromAr, String toAr, String authorityAr) {

    static CorridorForm empty() {
        return new CorridorForm("", "", "", "", "", "", "", "", "", "", "");
    }

    static CorridorForm of(Corridor corridor) {
        String route = corridor.route().points().stream()
                .map(p -> String.format(Locale.ROOT, "%.5f, %.5f", p.latitude(), p.longitude()))
                .collect(Collectors.joining("\n"));
        String destinations = corridor.destinations().stream()
                .map(d -> d.code() + " | " + d.nameEn() + " | " + d.nameAr()).collect(Collectors.joining("\n"));
        return new CorridorForm(corridor.code(), corridor.nameEn(), corridor.nameAr(), corridor.from(), corridor.to(),
                corridor.authority(), route, destinations, corridor.fromAr(), corridor.toAr(), corridor.authorityAr());
    }

    /** The details this form states, with what could not even be read. */
    Parsed parse() {
        List<Violation> unreadable = new ArrayList<>();
        Route parsedRoute = null;
        try {
            parsedRoute = route == null || route.isBlank() ? null : new Route(points(route));
        } catch (IllegalArgumentException e) {
            unreadable.add(new Violation("route", "corridor.error.routeFormat"));
        }
        List<Destination> parsedDestinations = new ArrayList<>();
        try {
            parsedDestinations = destinations(destinations);
        } catch (IllegalArgumentException e) {
            unreadable.add(new Violation("destinations", "corridor.error.destinationFormat"));
        }
        var details = new CorridorDetails(code, nameEn, nameAr, from, to, authority, parsedRoute, parsedDestinations,
                fromAr, toAr, authorityAr);
        List<Violation> violations = new ArrayList<>(unreadable);
        details.violations().stream()
                .filter(v -> unreadable.stream().noneMatch(u -> u.field().equals(v.field())))
                .forEach(violations::add);
        return new Parsed(details, violations);
    }

    record Parsed(CorridorDetails details, List<Violation> violations) {
    }

    static List<GeoPoint> points(String text) {
        List<GeoPoint> points = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[,;\\s]+");
            var numbers = java.util.Arrays.stream(parts).filter(p -> !p.isBlank()).toList();
            if (numbers.size() != 2) {
                throw new IllegalArgumentException("expected latitude, longitude: " + line);
            }
            points.add(new GeoPoint(Double.parseDouble(numbers.get(1)), Double.parseDouble(numbers.get(0))));
        }
        return points;
    }

    static List<Destination> destinations(String text) {
        List<Destination> destinations = new ArrayList<>();
        if (text == null) {
            return destinations;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|");
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalArgumentException("expected CODE | English | Arabic: " + line);
            }
            destinations.add(new Destination(parts[0], parts[1], parts[2]));
        }
        return destinations;
    }
}
