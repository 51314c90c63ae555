package org.safepassage.transport.convoy;

import java.time.Instant;

/** One step of a convoy's history: who moved it from which status to which, when, and why. */
public record StatusChange(Instant at, String by, ConvoyStatus from, ConvoyStatus to, String reason) {
}
