package org.safepassage.consent;

/** What a person or household answered when asked where they want to go. */
public enum IntentionChoice {
    /** A named destination (with perhaps a second choice). */
    DESTINATION,
    /** Stay in the camp. */
    STAY,
    UNDECIDED
}
