package org.safepassage.corridor;

/** Where a corridor stands. Only the latest entry of its history says which applies now. */
public enum CorridorStatus {
    PLANNED,
    OPEN,
    SUSPENDED,
    CLOSED;

    /** People may only be moved through an open corridor. */
    public boolean allowsMovement() {
        return this == OPEN;
    }

    /** Suspending or closing a corridor must say why, for those who planned movements through it. */
    public boolean needsReason() {
        return this == SUSPENDED || this == CLOSED;
    }
}
