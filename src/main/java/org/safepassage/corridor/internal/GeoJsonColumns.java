package org.safepassage.corridor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.safepassage.corridor.GeoPoint;
import org.safepassage.corridor.Route;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Routes are kept as GeoJSON LineString geometries in a jsonb column. */
@Component
class GeoJsonColumns {

    private final JsonMapper json;

    GeoJsonColumns(JsonMapper json) {
        this.json = json;
    }

    String write(Route route) {
        List<List<Double>> coordinates = route.points().stream()
                .map(point -> List.of(point.longitude(), point.latitude())).toList();
        return json.writeValueAsString(Map.of("type", "LineString", "coordinates", coordinates));
    }

    Route readRoute(String text) {
        JsonNode coordinates = json.readTree(text).get("coordinates");
        List<GeoPoint> points = new ArrayList<>();
        for (JsonNode position : coordinates) {
            points.add(new GeoPoint(position.get(0).asDouble(), position.get(1).asDouble()));
        }
        return new Route(points);
    }
}
