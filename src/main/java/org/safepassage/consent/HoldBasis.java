package org.safepassage.consent;

/** What raised a protection hold. */
public enum HoldBasis {
    /** The registry record carries a specific-needs code flagged as danger on return or at checkpoints. */
    SPECIFIC_NEED,
    /** The person (or their household) stated a fear of arrest, conscription or torture for the destination. */
    STATED_FEAR,
    /** A protection officer placed it. */
    OFFICER
}
