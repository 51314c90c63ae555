package org.safepassage.corridor.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.safepassage.corridor.CheckpointDetails;
import org.safepassage.corridor.CorridorDetails;
import org.safepassage.corridor.GeoPoint;
import org.safepassage.corridor.OpeningHours;
import org.safepassage.corridor.Route;
import org.safepassage.corridor.Violation;
import org.safepassage.corridor.web.ApiViews.CheckpointBody;
import org.safepassage.corridor.web.ApiViews.CorridorBody;
import org.safepassage.corridor.web.ApiViews.GeometryBody;

/** Reads the API's bodies into commands; what cannot be read becomes a violation, not an error. */
final class GeometryReader {

    private GeometryReader() {
    }

    record Read<T>(T details, List<Violation> violations) {
    }

    static Read<CorridorDetails> corridor(CorridorBody body) {
        List<Violation> violations = new ArrayList<>();
        Route route = null;
        if (body.route() != null) {
            try {
                route = new Route(lineString(body.route()));
            } catch (IllegalArgumentException | ClassCastException e) {
                violations.add(new Violation("route", "corridor.error.routeFormat"));
            }
        }
        var details = new CorridorDetails(body.code(), body.nameEn(), body.nameAr(), body.from(), body.to(),
                body.authority(), route, body.destinations());
        details.violations().stream().filter(v -> violations.stream().noneMatch(u -> u.field().equals(v.field())))
                .forEach(violations::add);
        return new Read<>(details, violations);
    }

    static Read<CheckpointDetails> checkpoint(CheckpointBody body) {
        List<Violation> violations = new ArrayList<>();
        GeoPoint position = null;
        if (body.position() != null) {
            try {
                position = point(body.position());
            } catch (IllegalArgumentException | ClassCastException e) {
                violations.add(new Violation("position", "checkpoint.error.position"));
            }
        }
        OpeningHours hours = OpeningHours.AROUND_THE_CLOCK;
        try {
            if (body.opensAt() != null || body.closesAt() != null) {
                hours = new OpeningHours(time(body.opensAt()), time(body.closesAt()));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            violations.add(new Violation("openingHours", "checkpoint.error.hours"));
        }
        var details = new CheckpointDetails(body.code(), body.nameEn(), body.nameAr(), body.sequence(), position,
                body.expectedMinutesFromCamp(), body.operator(), hours, body.capacityPerHour(), body.liaisonName(),
                body.liaisonPhone());
        details.violations().stream().filter(v -> violations.stream().noneMatch(u -> u.field().equals(v.field())))
                .forEach(violations::add);
        return new Read<>(details, violations);
    }

    static List<GeoPoint> lineString(GeometryBody geometry) {
        if (!"LineString".equals(geometry.type()) || !(geometry.coordinates() instanceof List<?> positions)) {
            throw new IllegalArgumentException("expected a GeoJSON LineString");
        }
        List<GeoPoint> points = new ArrayList<>();
        for (Object position : positions) {
            points.add(position(position));
        }
        return points;
    }

    static GeoPoint point(GeometryBody geometry) {
        if (!"Point".equals(geometry.type())) {
            throw new IllegalArgumentException("expected a GeoJSON Point");
        }
        return position(geometry.coordinates());
    }

    private static GeoPoint position(Object position) {
        if (!(position instanceof List<?> numbers) || numbers.size() < 2
                || !(numbers.get(0) instanceof Number lon) || !(numbers.get(1) instanceof Number lat)) {
            throw new IllegalArgumentException("expected [longitude, latitude]");
        }
        return new GeoPoint(lon.doubleValue(), lat.doubleValue());
    }

    private static LocalTime time(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
    }
}
