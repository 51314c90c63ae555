package org.safepassage.corridor;

/** Why a field report was not stored. Each has a stable problem slug for the API and a message for the screen. */
public enum Refusal {
    /** The report is incomplete or contradicts itself (see the violations). */
    INVALID("invalid-event"),
    /** The id was already used for a different report. */
    ID_CONFLICT("event-id-conflict"),
    UNKNOWN_CHECKPOINT("checkpoint-not-found"),
    UNKNOWN_HOUSEHOLD("household-not-found"),
    /** A listed person is not a member of the named household. */
    NOT_A_MEMBER("not-a-member"),
    /** The screen may only record for households it scanned. */
    NOT_SCANNED("household-not-scanned"),
    /** The report claims to have happened later than now. */
    IN_THE_FUTURE("event-in-the-future"),
    UNKNOWN_CORRECTED("corrected-event-not-found"),
    /** A correction must be of the same kind as the event it corrects. */
    KIND_MISMATCH("correction-kind-mismatch"),
    /** The event was corrected or retracted already; correct the latest correction instead. */
    ALREADY_CORRECTED("event-already-corrected"),
    /** Only protection staff and administrators may correct or retract an incident report. */
    INCIDENT_RESTRICTED("incident-correction-restricted");

    private final String slug;

    Refusal(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "checkpointEvent.refused." + name();
    }

    /** A conflict with what is stored already, as opposed to a report that is wrong in itself. */
    public boolean isConflict() {
        return this == ID_CONFLICT || this == ALREADY_CORRECTED;
    }
}
