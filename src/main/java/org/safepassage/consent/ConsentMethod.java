package org.safepassage.consent;

/** How a person's agreement was taken down. */
public enum ConsentMethod {
    /** Spoken agreement, heard by a named witness. */
    VERBAL_WITH_WITNESS,
    THUMBPRINT,
    SIGNATURE,
    /**
     * For a child in a household without any adult: the child was heard, and a protection officer determined
     * that this move is in the child's best interests. Only a protection officer records it, and only for a
     * household that has no adult; it may cover the household's other children like a head's consent.
     */
    BEST_INTERESTS
}
