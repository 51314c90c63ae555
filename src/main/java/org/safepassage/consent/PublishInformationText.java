package org.safepassage.consent;

/** Command: publish a new version of the information text. Both languages are required. */
public record PublishInformationText(String titleEn, String titleAr, String bodyEn, String bodyAr) {

    public PublishInformationText {
        titleEn = trim(titleEn);
        titleAr = trim(titleAr);
        bodyEn = trim(bodyEn);
        bodyAr = trim(bodyAr);
    }

    public String problem() {
        if (titleEn.isEmpty() || titleAr.isEmpty()) {
            return "consent.text.error.title";
        }
        if (bodyEn.length() < 40 || bodyAr.length() < 40) {
            return "consent.text.error.body";
        }
        return null;
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip().replace("\r\n", "\n");
    }
}
