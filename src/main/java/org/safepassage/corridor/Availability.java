package org.safepassage.corridor;

/** Whether an offered service can actually be had at the checkpoint now. */
public enum Availability {
    AVAILABLE,
    LIMITED,
    UNAVAILABLE
}
