package org.safepassage.corridor;

/** Why a field of a request was refused: the field's name and the message key that explains it. */
public record Violation(String field, String messageKey) {
}
