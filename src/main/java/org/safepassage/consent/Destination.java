package org.safepassage.consent;

import java.util.Locale;
import java.util.UUID;

/**
 * A place people may be taken to. Other modules refer to it by {@code id} or by its stable {@code code}
 * (e.g. {@code HOMS}, {@code IDLIB}).
 *
 * @param governoratePcode   Syrian governorate P-code (SY01..SY14), null for a place outside Syria
 * @param corridorOpen       whether at least one corridor serving it is open now, as the corridor board says
 * @param transportAvailable whether transport to it exists now
 * @param active             inactive destinations keep their history but take no new intentions or consents
 */
public record Destination(UUID id, String code, String nameEn, String nameAr, DestinationKind kind,
        String governoratePcode, boolean corridorOpen, boolean transportAvailable, boolean active) {

    Destination withCorridorOpen(boolean open) {
        return new Destination(id, code, nameEn, nameAr, kind, governoratePcode, open, transportAvailable, active);
    }

    /** The name in the reader's language: Arabic for Arabic, English otherwise. */
    public String name(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }
}
