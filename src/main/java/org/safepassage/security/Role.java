package org.safepassage.security;

/** The roles of the operation. Access is denied unless an endpoint names the role. */
public enum Role {
    ADMIN,
    REGISTRATION,
    PROTECTION,
    LOGISTICS,
    CHECKPOINT,
    DISTRIBUTION,
    /** Aggregates only, never names. */
    ANALYST,
    /** A field device: posts events and fetches its own work list. */
    DEVICE;

    public String authority() {
        return "ROLE_" + name();
    }
}
