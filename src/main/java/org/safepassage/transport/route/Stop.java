package org.safepassage.transport.route;

import java.util.Locale;
import java.util.UUID;

/** A checkpoint on a convoy's corridor, with the time the operation expects it to be reached after leaving the camp. */
public record Stop(UUID checkpointId, int sequence, String code, String nameEn, String nameAr,
        int expectedMinutesFromCamp) {

    public String name(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }
}
