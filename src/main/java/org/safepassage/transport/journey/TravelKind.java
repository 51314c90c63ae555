package org.safepassage.transport.journey;

/** The moments of a journey that transport records itself; passages of checkpoints are the corridor's. */
public enum TravelKind {
    BOARDED,
    ARRIVED
}
