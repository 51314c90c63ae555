package org.safepassage.transport.manifest;

/** Why someone was taken off a frozen manifest. */
public enum AmendmentReason {
    CONSENT_WITHDRAWN,
    PROTECTION_HOLD
}
