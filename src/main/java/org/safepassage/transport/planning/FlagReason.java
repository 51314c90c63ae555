package org.safepassage.transport.planning;

/** Why a plan no longer matches who may travel. */
public enum FlagReason {
    CONSENT_WITHDRAWN,
    CONSENT_GIVEN,
    HOLD_PLACED,
    HOLD_RELEASED,
    HOUSEHOLD_CHANGED
}
