package org.safepassage.consent;

import java.util.UUID;

/** What became of a request to record or change something: done, or refused with a reason to show the person. */
public sealed interface Outcome {

    record Done(UUID id) implements Outcome {
    }

    /** @param reasonKey message key (bundle i18n/consent) saying why, in the reader's language */
    record Rejected(String reasonKey) implements Outcome {
    }

    static Outcome done(UUID id) {
        return new Done(id);
    }

    static Outcome rejected(String reasonKey) {
        return new Rejected(reasonKey);
    }
}
