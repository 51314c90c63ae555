package org.safepassage.corridor.internal;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the corridor module.
 *
 * @param zone            the operation's local time zone: opening hours and days of throughput are in it
 * @param tileUrl         an optional map tile URL template ({z}/{x}/{y}) served from this application's own
 *                        origin; without one the map draws routes and checkpoints over a plain background
 * @param clockTolerance  how far in the future a field report may claim to have happened (device clocks drift)
 */
@ConfigurationProperties("safepassage.corridor")
public record CorridorProperties(@DefaultValue("Asia/Damascus") ZoneId zone, String tileUrl,
        @DefaultValue("10m") Duration clockTolerance) {

    public boolean hasTiles() {
        return tileUrl != null && !tileUrl.isBlank();
    }
}
