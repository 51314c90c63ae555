package org.safepassage.corridor.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safepassage.corridor.Availability;
import org.safepassage.corridor.Checkpoint;
import org.safepassage.corridor.Corridor;
import org.safepassage.corridor.CorridorStatus;
import org.safepassage.corridor.Destination;
import org.safepassage.corridor.GeoPoint;
import org.safepassage.corridor.ServiceOffer;
import org.safepassage.corridor.ServiceType;

/** What the REST API answers about corridors and checkpoints (geometries in GeoJSON form). */
final class ApiViews {

    private ApiViews() {
    }

    record CorridorView(UUID id, String code, String nameEn, String nameAr, String from, String to,
            String authority, CorridorStatus status, Instant statusSince, List<Destination> destinations,
            Map<String, Object> route) {

        static CorridorView of(Corridor c) {
            return new CorridorView(c.id(), c.code(), c.nameEn(), c.nameAr(), c.from(), c.to(), c.authority(),
                    c.status(), c.statusSince(), c.destinations(),
                    Map.of("type", "LineString", "coordinates",
                            c.route().points().stream().map(p -> List.of(p.longitude(), p.latitude())).toList()));
        }
    }

    record CheckpointView(UUID id, UUID corridorId, String code, String nameEn, String nameAr, int sequence,
            Map<String, Object> position, int expectedMinutesFromCamp, String operator, String opensAt,
            String closesAt, Integer capacityPerHour, String liaisonName, String liaisonPhone,
            List<ServiceOffer> services) {

        static CheckpointView of(Checkpoint c) {
            var hours = c.openingHours();
            return new CheckpointView(c.id(), c.corridorId(), c.code(), c.nameEn(), c.nameAr(), c.sequence(),
                    point(c.position()), c.expectedMinutesFromCamp(), c.operator(),
                    hours.aroundTheClock() ? null : hours.opens().toString(),
                    hours.aroundTheClock() ? null : hours.closes().toString(), c.capacityPerHour(), c.liaisonName(),
                    c.liaisonPhone(), c.services());
        }
    }

    /** A corridor as sent by a client: {@code route} is a GeoJSON LineString. */
    record CorridorBody(String code, String nameEn, String nameAr, String from, String to, String authority,
            GeometryBody route, List<Destination> destinations) {
    }

    /** A checkpoint as sent by a client: {@code position} is a GeoJSON Point; times are local, HH:mm. */
    record CheckpointBody(String code, String nameEn, String nameAr, Integer sequence, GeometryBody position,
            Integer expectedMinutesFromCamp, String operator, String opensAt, String closesAt,
            Integer capacityPerHour, String liaisonName, String liaisonPhone) {
    }

    /** A GeoJSON geometry: a type (Point or LineString) and its coordinates. */
    record GeometryBody(String type, Object coordinates) {
    }

    record StatusBody(CorridorStatus status, String reason, Instant effectiveAt) {
    }

    record OfferBody(ServiceType service, Availability availability) {
    }

    static Map<String, Object> point(GeoPoint p) {
        return Map.of("type", "Point", "coordinates", List.of(p.longitude(), p.latitude()));
    }
}
