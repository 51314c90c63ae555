package org.safepassage.consent;

/** The languages the information text exists in, and so the languages a consent can be given in. */
public enum TextLanguage {
    AR,
    EN;

    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean rightToLeft() {
        return this == AR;
    }
}
