package org.safepassage.transport.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Traveller;
import org.safepassage.transport.alert.UnaccountedAlert;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.fleet.Vehicles;
import org.safepassage.transport.route.Route;
import org.safepassage.transport.route.Routes;
import org.safepassage.transport.route.Stop;
import org.springframework.stereotype.Component;

/** Alerts as pages list them: by person reference (no name), with places and vehicles named. */
@Component
class AlertViews {

    private final Convoys convoys;
    private final Vehicles vehicles;
    private final Routes routes;
    private final RegistryManagement registry;

    AlertViews(Convoys convoys, Vehicles vehicles, Routes routes, RegistryManagement registry) {
        this.convoys = convoys;
        this.vehicles = vehicles;
        this.routes = routes;
        this.registry = registry;
    }

    /** @param lastSeen the checkpoint where they were last seen; null: at boarding */
    record AlertView(UnaccountedAlert alert, String convoyRef, String vehicleRef, String personRef, Stop lastSeen,
            Stop expected) {
    }

    List<AlertView> views(List<UnaccountedAlert> alerts) {
        Map<UUID, String> convoyRefs = new HashMap<>();
        Map<UUID, Route> routesOfConvoy = new HashMap<>();
        Map<UUID, String> vehicleRefs = new HashMap<>();
        Map<UUID, String> personRefs = new HashMap<>();
        return alerts.stream().map(alert -> {
            var convoy = convoys.find(alert.convoyId()).orElseThrow();
            convoyRefs.putIfAbsent(convoy.id(), convoy.ref());
            var route = routesOfConvoy.computeIfAbsent(convoy.id(), c -> routes.route(convoy.corridorId()).orElse(null));
            String vehicleRef = alert.vehicleId() == null ? null
                    : vehicleRefs.computeIfAbsent(alert.vehicleId(), v -> vehicles.find(v).map(x -> x.ref()).orElse("?"));
            if (!personRefs.containsKey(alert.individualId())) {
                registry.travellers(alert.householdId()).forEach((Traveller t) -> personRefs.put(t.individualId(), t.ref()));
            }
            return new AlertView(alert, convoy.ref(), vehicleRef, personRefs.get(alert.individualId()),
                    stop(route, alert.lastSeenCheckpointId()), stop(route, alert.expectedCheckpointId()));
        }).toList();
    }

    private static Stop stop(Route route, UUID checkpointId) {
        return route == null || checkpointId == null ? null : route.stop(checkpointId).orElse(null);
    }
}
