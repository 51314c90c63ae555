package org.safepassage.corridor;

import java.util.List;
import java.util.Objects;

/** The path of a corridor on the map, from the camp onwards: a GeoJSON LineString of at least two points. */
public record Route(List<GeoPoint> points) {

    public Route {
        points = List.copyOf(Objects.requireNonNull(points, "points"));
        if (points.size() < 2) {
            throw new IllegalArgumentException("A route needs at least two points");
        }
    }
}
