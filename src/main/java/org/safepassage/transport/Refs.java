package org.safepassage.transport;

/** Refs and destinations are free text from other systems; blank ones would make plans ambiguous. */
final class Refs {

    private Refs() {
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }
}
