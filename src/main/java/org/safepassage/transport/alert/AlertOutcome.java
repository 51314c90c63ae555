package org.safepassage.transport.alert;

/** What became of a person an alert was raised for, as recorded by whoever resolves it. */
public enum AlertOutcome {
    SEEN_SAFE,
    ARRIVED_LATE,
    RETURNED_TO_CAMP,
    LEFT_BY_CHOICE,
    DETAINED,
    IN_HOSPITAL,
    RECORDING_ERROR,
    /** Needs a note saying what happened. */
    OTHER
}
