package org.safepassage.consent;

/** How a person's agreement was taken down. */
public enum ConsentMethod {
    /** Spoken agreement, heard by a named witness. */
    VERBAL_WITH_WITNESS,
    THUMBPRINT,
    SIGNATURE
}
