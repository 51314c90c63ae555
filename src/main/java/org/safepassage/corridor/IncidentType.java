package org.safepassage.corridor;

/** What happened to people at a checkpoint, as a short structured report. */
public enum IncidentType {
    HELD_BACK,
    DETAINED,
    SEPARATED_FROM_FAMILY,
    TURNED_BACK,
    SERVICE_DENIED,
    SEARCHED,
    THREATENED;

    /** People held back or detained did not go on with their convoy: they must be looked for. */
    public boolean holdsPeople() {
        return this == HELD_BACK || this == DETAINED;
    }
}
