package org.safepassage.corridor;

import java.util.regex.Pattern;

/** Small checks shared by the commands of this module. */
final class Texts {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

    private Texts() {
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String code(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : cleaned.toUpperCase(java.util.Locale.ROOT);
    }

    static boolean validCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
