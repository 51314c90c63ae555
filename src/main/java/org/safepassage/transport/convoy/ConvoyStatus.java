package org.safepassage.transport.convoy;

/** Where a convoy stands, in the order it goes through them; ABORTED ends it before departure. */
public enum ConvoyStatus {
    PLANNING,
    MANIFEST_FROZEN,
    BOARDING,
    DEPARTED,
    ARRIVED,
    ABORTED;

    /** Still holding its vehicles and its people: neither arrived nor aborted. */
    public boolean isUnderWay() {
        return this != ARRIVED && this != ABORTED;
    }

    /** Its manifests are the list of who travels: frozen, boarding, on the road or arrived. */
    public boolean hasManifests() {
        return this == MANIFEST_FROZEN || this == BOARDING || this == DEPARTED || this == ARRIVED;
    }

    /** Travellers are on the road (or arrived) and must be accounted for. */
    public boolean isTravelling() {
        return this == DEPARTED || this == ARRIVED;
    }
}
