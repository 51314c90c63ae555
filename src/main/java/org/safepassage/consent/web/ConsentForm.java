package org.safepassage.consent.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.safepassage.consent.ConsentMethod;
import org.safepassage.consent.GiveConsent;
import org.safepassage.consent.TextLanguage;
import org.springframework.format.annotation.DateTimeFormat;

/** The consent form as typed on the page. */
record ConsentForm(UUID individualId, UUID destinationId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowUntil, Integer informationTextVersion,
        TextLanguage textLanguage, Boolean informationReadOut, ConsentMethod method, String witness,
        Set<UUID> minorIds) {

    ConsentForm {
        minorIds = minorIds == null ? Set.of() : Set.copyOf(minorIds);
    }

    GiveConsent command(UUID householdId) {
        return new GiveConsent(householdId, individualId, destinationId, windowFrom, windowUntil,
                informationTextVersion, textLanguage, Boolean.TRUE.equals(informationReadOut), method, witness,
                minorIds);
    }
}
