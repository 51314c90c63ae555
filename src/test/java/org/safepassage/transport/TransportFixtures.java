package org.safepassage.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.safepassage.consent.ConsentFixtures;
import org.safepassage.consent.ConsentFixtures.Family;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.Destination;
import org.safepassage.consent.DestinationKind;
import org.safepassage.consent.SaveDestination;
import org.safepassage.corridor.ChangeStatus;
import org.safepassage.corridor.CheckpointDetails;
import org.safepassage.corridor.CorridorAdministration;
import org.safepassage.corridor.CorridorDetails;
import org.safepassage.corridor.CorridorFixtures;
import org.safepassage.corridor.CorridorStatus;
import org.safepassage.corridor.GeoPoint;
import org.safepassage.corridor.OpeningHours;
import org.safepassage.corridor.Route;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.transport.convoy.ConvoyDetails;
import org.safepassage.transport.convoy.ConvoyOperations;
import org.safepassage.transport.fleet.Fleet;
import org.safepassage.transport.fleet.VehicleDetails;
import org.safepassage.transport.fleet.VehicleKind;

/**
 * A convoy's world for tests, through the real facades: a destination of its own (so that other tests' consents
 * never travel with it), an open corridor to it with two checkpoints 60 and 180 minutes from the camp, vehicles,
 * and families who consented.
 */
public final class TransportFixtures {

    private TransportFixtures() {
    }

    public record Journey(Destination destination, UUID corridorId, UUID firstCheckpoint, UUID secondCheckpoint) {
    }

    public static Journey journey(ConsentManagement consent, CorridorAdministration corridors) {
        String code = CorridorFixtures.uniqueCode("TD").toUpperCase();
        done(consent.saveDestination(new SaveDestination(code, "Town " + code, "بلدة " + code,
                DestinationKind.GOVERNMENT_HELD, "SY04", true, true, true)));
        var destination = consent.destinationByCode(code).orElseThrow();
        UUID corridor = saved(corridors.createCorridor(new CorridorDetails(code, "Road to " + code, "طريق " + code,
                "Camp", "Town " + code, "Authority",
                new Route(List.of(new GeoPoint(38.70, 33.29), new GeoPoint(38.18, 33.58), new GeoPoint(38.28, 34.55))),
                List.of(new org.safepassage.corridor.Destination(code, "Town " + code, "بلدة " + code)))));
        UUID first = saved(corridors.addCheckpoint(corridor, new CheckpointDetails(code + "-1", "First " + code,
                "الأول " + code, 1, new GeoPoint(38.18, 33.58), 60, "Army",
                new OpeningHours(LocalTime.MIN, LocalTime.of(23, 59)), 200, "Liaison", "+963 900 000 000")));
        UUID second = saved(corridors.addCheckpoint(corridor, new CheckpointDetails(code + "-2", "Second " + code,
                "الثاني " + code, 2, new GeoPoint(38.28, 34.55), 180, "Police", null, null, null, null)));
        saved(corridors.changeStatus(corridor, new ChangeStatus(CorridorStatus.OPEN, null, null)));
        return new Journey(destination, corridor, first, second);
    }

    public static UUID vehicle(Fleet fleet, String prefix, int seats, int medical, int wheelchair) {
        return done(fleet.register(new VehicleDetails(CorridorFixtures.uniqueCode(prefix), VehicleKind.BUS, seats,
                medical, wheelchair, "Test Transport Co.", "Driver +963 944 000 000", true)));
    }

    public static UUID convoy(ConvoyOperations convoys, Journey journey, UUID... vehicles) {
        UUID id = done(convoys.create(new ConvoyDetails(null, journey.destination().id(), journey.corridorId(),
                Instant.now().plus(Duration.ofHours(2)), 240, "UN vehicle ahead and behind")));
        for (UUID vehicle : vehicles) {
            done(convoys.addVehicle(id, vehicle));
        }
        return id;
    }

    /** A family of five (see {@link ConsentFixtures#family}); the head consents for everyone to the destination. */
    public static Family consentingFamily(RegistryManagement registry, ConsentManagement consent, Journey journey,
            String... headNeeds) {
        var family = ConsentFixtures.family(registry, headNeeds);
        ConsentFixtures.done(consent.giveConsent(ConsentFixtures.consent(consent, family, "1",
                journey.destination().code(), Set.of(family.member("4"), family.member("5")))));
        ConsentFixtures.done(consent.giveConsent(ConsentFixtures.consent(consent, family, "2",
                journey.destination().code(), Set.of())));
        ConsentFixtures.done(consent.giveConsent(ConsentFixtures.consent(consent, family, "3",
                journey.destination().code(), Set.of())));
        return family;
    }

    public static UUID done(Outcome outcome) {
        if (outcome instanceof Outcome.Done done) {
            return done.id();
        }
        throw new AssertionError("refused: " + outcome);
    }

    public static UUID done(org.safepassage.consent.Outcome outcome) {
        return ConsentFixtures.done(outcome);
    }

    static UUID saved(org.safepassage.corridor.Outcome outcome) {
        if (outcome instanceof org.safepassage.corridor.Outcome.Saved saved) {
            return saved.id();
        }
        throw new AssertionError("refused: " + outcome);
    }
}
