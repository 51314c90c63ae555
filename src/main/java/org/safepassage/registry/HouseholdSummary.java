package org.safepassage.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A household without names. {@code token} is random (128 bits, URL-safe), printed on QR codes and resolved
 * only by the server; {@code registeredOn} is the earliest arrival date of its members (else the day it was
 * registered); {@code originPcode} is the head's.
 */
public record HouseholdSummary(UUID id, String ref, String token, String shelterBlock, String originPcode,
        LocalDate registeredOn, int size, UUID headId) {
}
