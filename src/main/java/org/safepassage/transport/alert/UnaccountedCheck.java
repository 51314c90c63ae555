package org.safepassage.transport.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.safepassage.shared.Ids;
import org.safepassage.transport.config.TransportProperties;
import org.safepassage.transport.convoy.Convoy;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.journey.Journeys;
import org.safepassage.transport.journey.Trail;
import org.safepassage.transport.route.Route;
import org.safepassage.transport.route.Routes;
import org.safepassage.transport.route.Stop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks, every {@code safepassage.transport.alert-check-interval}, for people who boarded a convoy that left and
 * were not seen where they should be by now: at the next checkpoint after the last one they were seen at, or at
 * arrival after the last checkpoint, by the convoy's departure plus the corridor's expected travel time (or the
 * convoy's expected journey) plus the grace period. Each such person raises one alert per stage. Time comes from
 * the injected clock, so tests move it on instead of waiting.
 */
@Component
public class UnaccountedCheck {

    private static final Logger log = LoggerFactory.getLogger(UnaccountedCheck.class);

    /** Arrived convoys are still watched this long, for people who never reached the destination. */
    static final Duration WATCH_AFTER_ARRIVAL = Duration.ofDays(2);

    private final Convoys convoys;
    private final Journeys journeys;
    private final Routes routes;
    private final Alerts alerts;
    private final UnaccountedAlerts raising;
    private final TransportProperties properties;
    private final Clock clock;

    UnaccountedCheck(Convoys convoys, Journeys journeys, Routes routes, Alerts alerts, UnaccountedAlerts raising,
            TransportProperties properties, Clock clock) {
        this.convoys = convoys;
        this.journeys = journeys;
        this.routes = routes;
        this.alerts = alerts;
        this.raising = raising;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${safepassage.transport.alert-check-interval:PT1M}",
            initialDelayString = "${safepassage.transport.alert-check-interval:PT1M}")
    void scheduled() {
        int raised = check();
        if (raised > 0) {
            log.warn("{} people unaccounted for: alerts raised", raised);
        }
    }

    /** @return how many alerts were raised now */
    public int check() {
        Instant now = clock.instant();
        int raised = 0;
        for (Convoy convoy : convoys.inStatus(ConvoyStatus.DEPARTED)) {
            raised += check(convoy, now);
        }
        for (Convoy convoy : convoys.inStatus(ConvoyStatus.ARRIVED)) {
            if (convoy.arrivedAt().plus(WATCH_AFTER_ARRIVAL).isAfter(now)) {
                raised += check(convoy, now);
            }
        }
        return raised;
    }

    private int check(Convoy convoy, Instant now) {
        if (convoy.departedAt() == null) {
            return 0;
        }
        var route = routes.route(convoy.corridorId()).orElse(null);
        Set<UUID> alreadyOpen = alerts.openFor(convoy.id());
        int raised = 0;
        for (Trail trail : journeys.trails(convoy.id()).values()) {
            if (trail.arrived() || alreadyOpen.contains(trail.individualId())) {
                continue;
            }
            var overdue = overdue(convoy, route, trail, now);
            if (overdue != null && raising.raise(overdue)) {
                raised++;
            }
        }
        return raised;
    }

    /** The alert to raise if the person is overdue where they were next expected; null otherwise. */
    private UnaccountedAlert overdue(Convoy convoy, Route route, Trail trail, Instant now) {
        Stop next = route == null ? null : route.after(trail.furthestSequence()).orElse(null);
        Instant expected = next != null
                ? convoy.departedAt().plus(Duration.ofMinutes(next.expectedMinutesFromCamp()))
                : convoy.expectedArrival();
        Instant expectedBy = expected.plus(properties.gracePeriod());
        if (!now.isAfter(expectedBy)) {
            return null;
        }
        var last = trail.furthestCheckpoint();
        return new UnaccountedAlert(Ids.newId(clock), convoy.id(), trail.individualId(), trail.householdId(),
                trail.vehicleId(), AlertCause.NOT_SEEN,
                next != null ? next.checkpointId().toString() : UnaccountedAlert.ARRIVAL, now,
                last.map(Trail.Seen::checkpointId).orElse(null), trail.lastSeenAt(),
                next != null ? next.checkpointId() : null, expectedBy, null, null, null, null, null);
    }
}
