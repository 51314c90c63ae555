package org.safepassage.transport.web;

import org.springframework.stereotype.Component;

/**
 * Keeps Latin references (CV-20261128-1, BUS-07) whole inside Arabic sentences: a message argument wrapped in
 * left-to-right isolate marks is laid out on its own, so "-1" stays at its end. Used in templates as
 * {@code @transportBidi.ltr(ref)}.
 */
@Component("transportBidi")
public class Bidi {

    private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    public String ltr(Object text) {
        return text == null ? "" : LEFT_TO_RIGHT_ISOLATE + text.toString() + POP_DIRECTIONAL_ISOLATE;
    }
}
