package org.safepassage.corridor;

/** The kinds of field event recorded at a checkpoint. */
public enum EventKind {
    PASSAGE,
    SERVICE,
    INCIDENT,
    /** Cancels an event recorded by mistake. */
    RETRACTION
}
