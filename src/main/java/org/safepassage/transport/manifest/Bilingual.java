package org.safepassage.transport.manifest;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** Labels in English and Arabic side by side, for documents that leave the system such as the manifest PDF. */
public final class Bilingual {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final MessageSource messages;

    Bilingual(MessageSource messages) {
        this.messages = messages;
    }

    public String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    public String ar(String key, Object... args) {
        return messages.getMessage(key, args, ARABIC);
    }
}
