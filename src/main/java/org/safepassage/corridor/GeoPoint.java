package org.safepassage.corridor;

/** A position on the map in WGS 84 degrees; GeoJSON writes it as [longitude, latitude]. */
public record GeoPoint(double longitude, double latitude) {

    public GeoPoint {
        if (!(longitude >= -180 && longitude <= 180) || !(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("Not a position on Earth: longitude " + longitude + ", latitude " + latitude);
        }
    }
}
