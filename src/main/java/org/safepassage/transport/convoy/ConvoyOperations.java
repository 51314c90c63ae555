package org.safepassage.transport.convoy;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safepassage.consent.ConsentManagement;
import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.safepassage.shared.Ids;
import org.safepassage.transport.ConvoyStatusChanged;
import org.safepassage.transport.Outcome;
import org.safepassage.transport.Violation;
import org.safepassage.transport.fleet.Vehicles;
import org.safepassage.transport.route.Routes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates convoys, changes their details while they are planned, gives them vehicles, and moves them from one
 * status to the next. Every change is audited; a status change is published.
 */
@Service
public class ConvoyOperations {

    private static final DateTimeFormatter REF_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Convoys convoys;
    private final Vehicles vehicles;
    private final ConsentManagement consent;
    private final Routes routes;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConvoyOperations(Convoys convoys, Vehicles vehicles, ConsentManagement consent, Routes routes, AuditLog audit,
            CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
        this.convoys = convoys;
        this.vehicles = vehicles;
        this.consent = consent;
        this.routes = routes;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Outcome create(ConvoyDetails details) {
        var violations = check(details, null);
        if (!violations.isEmpty()) {
            return Outcome.rejected(violations);
        }
        UUID id = Ids.newId(clock);
        var stated = details.ref() != null ? details : details.withRef(newRef(details));
        convoys.insert(id, stated, actor.get().name(), clock.instant());
        audit.record("CONVOY_CREATED", "convoy", id, "ref=" + stated.ref() + " destination=" + details.destinationId()
                + " corridor=" + details.corridorId());
        events.publishEvent(new ConvoyStatusChanged(id, ConvoyStatus.PLANNING.name()));
        return Outcome.done(id);
    }

    @Transactional
    public Outcome change(UUID convoyId, ConvoyDetails details) {
        var convoy = convoys.find(convoyId);
        if (convoy.isEmpty()) {
            return Outcome.rejected("convoy.error.notFound");
        }
        if (!convoy.get().detailsMayChange()) {
            return Outcome.rejected("convoy.refused.detailsFixed");
        }
        var violations = check(details, convoyId);
        if (!violations.isEmpty()) {
            return Outcome.rejected(violations);
        }
        var stated = details.ref() != null ? details : details.withRef(convoy.get().ref());
        convoys.update(convoyId, stated);
        audit.record("CONVOY_CHANGED", "convoy", convoyId, "ref=" + stated.ref() + " destination="
                + details.destinationId() + " corridor=" + details.corridorId());
        return Outcome.done(convoyId);
    }

    /** Gives the convoy a vehicle that no other convoy under way holds. Only while it is planned. */
    @Transactional
    public Outcome addVehicle(UUID convoyId, UUID vehicleId) {
        var convoy = convoys.find(convoyId);
        if (convoy.isEmpty()) {
            return Outcome.rejected("convoy.error.notFound");
        }
        if (!convoy.get().detailsMayChange()) {
            return Outcome.rejected("convoy.refused.vehiclesFixed");
        }
        var vehicle = vehicleId == null ? java.util.Optional.<org.safepassage.transport.fleet.Vehicle>empty()
                : vehicles.find(vehicleId);
        if (vehicle.isEmpty()) {
            return Outcome.rejected("vehicleId", "vehicle.error.notFound");
        }
        if (!vehicle.get().active()) {
            return Outcome.rejected("vehicleId", "convoy.refused.vehicleInactive");
        }
        if (convoys.convoyHolding(vehicleId, convoyId).isPresent()) {
            return Outcome.rejected("vehicleId", "convoy.refused.vehicleTaken");
        }
        convoys.addVehicle(convoyId, vehicleId);
        audit.record("CONVOY_VEHICLE_ADDED", "convoy", convoyId, "vehicle=" + vehicle.get().ref());
        return Outcome.done(convoyId);
    }

    @Transactional
    public Outcome removeVehicle(UUID convoyId, UUID vehicleId) {
        var convoy = convoys.find(convoyId);
        if (convoy.isEmpty()) {
            return Outcome.rejected("convoy.error.notFound");
        }
        if (!convoy.get().detailsMayChange()) {
            return Outcome.rejected("convoy.refused.vehiclesFixed");
        }
        convoys.removeVehicle(convoyId, vehicleId);
        audit.record("CONVOY_VEHICLE_REMOVED", "convoy", convoyId, "vehicle=" + vehicleId);
        return Outcome.done(convoyId);
    }

    /**
     * Applies a transition the caller chose (e.g. {@code Convoy::startBoarding}) and stores it, with the history,
     * the audit entry and the event; refused if the convoy is not where the transition starts, or was moved meanwhile.
     */
    @Transactional
    public Outcome move(UUID convoyId, java.util.function.Function<Convoy, Transition> transition, String reason) {
        var found = convoys.find(convoyId);
        if (found.isEmpty()) {
            return Outcome.rejected("convoy.error.notFound");
        }
        Convoy convoy = found.get();
        var result = transition.apply(convoy);
        if (result instanceof Transition.Refused refused) {
            return Outcome.rejected(refused.reasonKey());
        }
        var moved = (Transition.Moved) result;
        if (!convoys.move(convoy, moved, actor.get().name(), clock.instant(), reason)) {
            return Outcome.rejected("convoy.refused.movedMeanwhile");
        }
        audit.record("CONVOY_" + moved.to().name(), "convoy", convoyId, "from=" + moved.from()
                + (reason == null ? "" : " reason-given=true"));
        events.publishEvent(new ConvoyStatusChanged(convoyId, moved.to().name()));
        return Outcome.done(convoyId);
    }

    private List<Violation> check(ConvoyDetails details, UUID convoyId) {
        List<Violation> violations = new ArrayList<>(details.violations());
        if (details.ref() != null && convoys.refTaken(details.ref(), convoyId)) {
            violations.add(new Violation("ref", "convoy.error.refTaken"));
        }
        var destination = details.destinationId() == null ? null
                : consent.destination(details.destinationId()).orElse(null);
        if (details.destinationId() != null && destination == null) {
            violations.add(new Violation("destinationId", "convoy.error.destination"));
        }
        var route = details.corridorId() == null ? null : routes.route(details.corridorId()).orElse(null);
        if (details.corridorId() != null && route == null) {
            violations.add(new Violation("corridorId", "convoy.error.corridor"));
        }
        if (route != null && destination != null && !route.serves(destination.code())) {
            violations.add(new Violation("corridorId", "convoy.error.corridorElsewhere"));
        }
        if (route != null && details.expectedJourneyMinutes() != null
                && details.expectedJourneyMinutes() < route.minutesToLastStop()) {
            violations.add(new Violation("expectedJourneyMinutes", "convoy.error.journeyShorterThanCorridor"));
        }
        return violations;
    }

    private String newRef(ConvoyDetails details) {
        String day = REF_DAY.format(details.plannedDeparture().atZone(java.time.ZoneOffset.UTC));
        for (int n = 1; ; n++) {
            String ref = "CV-" + day + "-" + n;
            if (!convoys.refTaken(ref, null)) {
                return ref;
            }
        }
    }
}
