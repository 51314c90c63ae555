package org.safepassage.transport.fleet;

/** What kind of vehicle: tells staff what to expect at the bus stop, not what it can carry (that is in its figures). */
public enum VehicleKind {
    BUS,
    COACH,
    MINIBUS,
    AMBULANCE,
    OTHER
}
