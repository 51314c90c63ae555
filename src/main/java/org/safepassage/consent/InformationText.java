package org.safepassage.consent;

import java.time.Instant;
import java.util.UUID;

/** One version of the information read out before consent, in English and Arabic. Never changed once published. */
public record InformationText(UUID id, int version, String titleEn, String titleAr, String bodyEn, String bodyAr,
        Instant publishedAt, String publishedBy) {

    public String title(TextLanguage language) {
        return language == TextLanguage.AR ? titleAr : titleEn;
    }

    public String body(TextLanguage language) {
        return language == TextLanguage.AR ? bodyAr : bodyEn;
    }
}
