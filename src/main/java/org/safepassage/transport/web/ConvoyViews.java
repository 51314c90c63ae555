package org.safepassage.transport.web;

import java.util.UUID;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.safepassage.shared.web.Problems;
import org.safepassage.transport.convoy.Convoy;
import org.safepassage.transport.convoy.ConvoyStatus;
import org.safepassage.transport.convoy.Convoys;
import org.safepassage.transport.fleet.Vehicles;
import org.safepassage.transport.route.Routes;
import org.springframework.stereotype.Component;

/** Builds the views of convoys that pages and the API show. */
@Component
class ConvoyViews {

    private final Convoys convoys;
    private final Vehicles vehicles;
    private final ConsentManagement consent;
    private final Routes routes;

    ConvoyViews(Convoys convoys, Vehicles vehicles, ConsentManagement consent, Routes routes) {
        this.convoys = convoys;
        this.vehicles = vehicles;
        this.consent = consent;
        this.routes = routes;
    }

    ConvoyView view(UUID convoyId) {
        return view(convoy(convoyId));
    }

    Convoy convoy(UUID convoyId) {
        return convoys.find(convoyId).orElseThrow(() -> Problems.notFound("transport", "convoy", convoyId));
    }

    ConvoyView view(Convoy convoy) {
        return new ConvoyView(convoy.id(), convoy.ref(), convoy.status(),
                consent.destination(convoy.destinationId()).orElse(null), routes.route(convoy.corridorId()).orElse(null),
                convoy.plannedDeparture(), convoy.expectedJourneyMinutes(), convoy.escort(), convoy.departedAt(),
                convoy.arrivedAt(), vehicles.all(convoys.vehicleIds(convoy.id())));
    }

    Page<ConvoyView> page(PageRequest request, java.util.Set<ConvoyStatus> statuses) {
        return convoys.page(request, statuses).map(this::view);
    }
}
