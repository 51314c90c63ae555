package org.safepassage.transport.fleet;

import java.time.Clock;
import java.util.UUID;

import org.safepassage.security.AuditLog;
import org.safepassage.security.CurrentActor;
import org.safepassage.shared.Ids;
import org.safepassage.transport.Outcome;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers vehicles and changes them; every change is audited. */
@Service
public class Fleet {

    private final Vehicles vehicles;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    Fleet(Vehicles vehicles, AuditLog audit, CurrentActor actor, Clock clock) {
        this.vehicles = vehicles;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public Outcome register(VehicleDetails details) {
        var violations = details.violations();
        if (!violations.isEmpty()) {
            return Outcome.rejected(violations);
        }
        if (vehicles.findByRef(details.ref()).isPresent()) {
            return Outcome.rejected("ref", "vehicle.error.refTaken");
        }
        UUID id = Ids.newId(clock);
        vehicles.insert(id, details, actor.get().name(), clock.instant());
        audit.record("VEHICLE_REGISTERED", "vehicle", id, summary(details));
        return Outcome.done(id);
    }

    @Transactional
    public Outcome change(UUID id, VehicleDetails details) {
        if (vehicles.find(id).isEmpty()) {
            return Outcome.rejected("vehicle.error.notFound");
        }
        var violations = details.violations();
        if (!violations.isEmpty()) {
            return Outcome.rejected(violations);
        }
        var sameRef = vehicles.findByRef(details.ref());
        if (sameRef.isPresent() && !sameRef.get().id().equals(id)) {
            return Outcome.rejected("ref", "vehicle.error.refTaken");
        }
        vehicles.update(id, details, actor.get().name(), clock.instant());
        audit.record("VEHICLE_CHANGED", "vehicle", id, summary(details));
        return Outcome.done(id);
    }

    private static String summary(VehicleDetails details) {
        return "ref=" + details.ref() + " kind=" + details.kind() + " seats=" + details.seats() + " medical="
                + details.medicalSeats() + " wheelchair=" + details.wheelchairSpaces() + " active=" + details.active();
    }
}
