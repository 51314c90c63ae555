package org.safepassage.transport.alert;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safepassage.corridor.CheckpointIncidentReported;
import org.safepassage.corridor.IncidentType;
import org.safepassage.shared.Ids;
import org.safepassage.transport.convoy.Convoy;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.journey.Journeys;
import org.safepassage.transport.journey.Trail;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * People of a convoy reported held back or detained at a checkpoint raise an alert at once, with that checkpoint
 * as the last place they were seen. Where the report names nobody but a household, every member of it who boarded
 * counts; where it names no convoy, every convoy on the road that carries the people named.
 */
@Component
class IncidentAlerts {

    private final Convoys convoys;
    private final Journeys journeys;
    private final UnaccountedAlerts alerts;
    private final Clock clock;

    IncidentAlerts(Convoys convoys, Journeys journeys, UnaccountedAlerts alerts, Clock clock) {
        this.convoys = convoys;
        this.journeys = journeys;
        this.alerts = alerts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CheckpointIncidentReported incident) {
        if (!incident.holdsPeople()) {
            return;
        }
        var cause = incident.type() == IncidentType.DETAINED ? AlertCause.DETAINED : AlertCause.HELD_BACK;
        for (Convoy convoy : convoysConcerned(incident)) {
            for (Trail trail : journeys.trails(convoy.id()).values()) {
                if (concerns(incident, trail)) {
                    alerts.raise(new UnaccountedAlert(Ids.newId(clock), convoy.id(), trail.individualId(),
                            trail.householdId(), trail.vehicleId(), cause, "INCIDENT:" + incident.incidentId(),
                            clock.instant(), incident.checkpointId(), incident.occurredAt(), null, null,
                            incident.incidentId(), null, null, null, null));
                }
            }
        }
    }

    private List<Convoy> convoysConcerned(CheckpointIncidentReported incident) {
        if (incident.convoyId() != null) {
            return convoys.find(incident.convoyId()).filter(c -> c.status().isTravelling()).stream().toList();
        }
        return convoys.inStatus(ConvoyStatus.DEPARTED);
    }

    private static boolean concerns(CheckpointIncidentReported incident, Trail trail) {
        Set<UUID> named = incident.individualIds();
        if (!named.isEmpty()) {
            return named.contains(trail.individualId());
        }
        return incident.householdId() != null && incident.householdId().equals(trail.householdId());
    }
}
