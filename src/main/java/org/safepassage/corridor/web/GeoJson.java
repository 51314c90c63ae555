package org.safepassage.corridor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safepassage.corridor.Checkpoint;
import org.safepassage.corridor.Corridor;
import org.safepassage.corridor.GeoPoint;

/** Corridors and checkpoints as GeoJSON (RFC 7946): positions are [longitude, latitude]. */
final class GeoJson {

    static final String MEDIA_TYPE = "application/geo+json";

    private GeoJson() {
    }

    static Map<String, Object> featureCollection(List<Corridor> corridors, List<Checkpoint> checkpoints) {
        return featureCollection(corridors, checkpoints, null);
    }

    /** With {@code from} and {@code to} in the reader's language, as the map labels them. */
    static Map<String, Object> featureCollection(List<Corridor> corridors, List<Checkpoint> checkpoints,
            java.util.Locale locale) {
        List<Object> features = new ArrayList<>();
        corridors.forEach(corridor -> features.add(route(corridor, locale)));
        checkpoints.forEach(checkpoint -> features.add(checkpoint(checkpoint)));
        return Map.of("type", "FeatureCollection", "features", features);
    }

    static Map<String, Object> route(Corridor corridor, java.util.Locale locale) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", "route");
        properties.put("id", corridor.id());
        properties.put("code", corridor.code());
        properties.put("nameEn", corridor.nameEn());
        properties.put("nameAr", corridor.nameAr());
        properties.put("from", corridor.from(locale));
        properties.put("to", corridor.to(locale));
        properties.put("fromAr", corridor.fromAr());
        properties.put("toAr", corridor.toAr());
        properties.put("status", corridor.status());
        List<List<Double>> coordinates = corridor.route().points().stream().map(GeoJson::position).toList();
        return feature(Map.of("type", "LineString", "coordinates", coordinates), properties);
    }

    static Map<String, Object> checkpoint(Checkpoint checkpoint) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", "checkpoint");
        properties.put("id", checkpoint.id());
        properties.put("corridorId", checkpoint.corridorId());
        properties.put("code", checkpoint.code());
        properties.put("nameEn", checkpoint.nameEn());
        properties.put("nameAr", checkpoint.nameAr());
        properties.put("sequence", checkpoint.sequence());
        properties.put("expectedMinutesFromCamp", checkpoint.expectedMinutesFromCamp());
        return feature(Map.of("type", "Point", "coordinates", position(checkpoint.position())), properties);
    }

    private static Map<String, Object> feature(Map<String, Object> geometry, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", properties.get("id"));
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    private static List<Double> position(GeoPoint point) {
        return List.of(point.longitude(), point.latitude());
    }
}
