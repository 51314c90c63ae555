package org.safepassage.transport.alert;

/** Why someone who boarded is unaccounted for. */
public enum AlertCause {
    /** Not seen at the next checkpoint, or at arrival, by the expected time and the grace period after it. */
    NOT_SEEN,
    /** Reported held back at a checkpoint. */
    HELD_BACK,
    /** Reported detained at a checkpoint. */
    DETAINED
}
