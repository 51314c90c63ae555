package org.safepassage.transport.manifest;

import java.util.EnumSet;
import java.util.Set;

import org.safepassage.registry.Traveller;
import org.safepassage.transport.planning.NeedFlags;

/**
 * What the crew of a vehicle must know to look after a traveller, without the condition behind it: a manifest
 * says "medical seat", never the diagnosis.
 */
public enum Marker {
    MEDICAL_SEAT,
    WHEELCHAIR,
    UNACCOMPANIED_CHILD,
    NEEDS_ASSISTANCE;

    private static final Set<String> UNACCOMPANIED = Set.of("SC-UC", "SC-SC");
    private static final Set<String> ASSISTANCE = Set.of("ER-FR", "DS-BD", "DS-DF", "DS-MS", "DS-MM");

    public static Set<Marker> of(Traveller traveller, NeedFlags flags) {
        var markers = EnumSet.noneOf(Marker.class);
        if (flags.needsMedicalSeat(traveller)) {
            markers.add(MEDICAL_SEAT);
        }
        if (flags.needsWheelchairSpace(traveller)) {
            markers.add(WHEELCHAIR);
        }
        if (traveller.isMinor() && traveller.specificNeeds().stream().anyMatch(UNACCOMPANIED::contains)) {
            markers.add(UNACCOMPANIED_CHILD);
        }
        if (traveller.specificNeeds().stream().anyMatch(ASSISTANCE::contains)) {
            markers.add(NEEDS_ASSISTANCE);
        }
        return markers;
    }
}
