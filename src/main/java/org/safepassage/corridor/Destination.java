package org.safepassage.corridor;

import java.util.Objects;

/**
 * A destination a corridor serves. Destinations will be owned by the consent module; until it publishes
 * them, a corridor keeps the destination's code (to map onto the consent module's destinations) and its names.
 */
public record Destination(String code, String nameEn, String nameAr) {

    public Destination {
        code = Objects.requireNonNull(code, "code").strip().toUpperCase(java.util.Locale.ROOT);
        nameEn = Objects.requireNonNull(nameEn, "nameEn").strip();
        nameAr = Objects.requireNonNull(nameAr, "nameAr").strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("A destination needs a code");
        }
    }
}
