package org.safepassage.transport;

/**
 * One reason a request was refused: the field it concerns ({@code null} for the request as a whole) and the
 * message key that explains it.
 */
public record Violation(String field, String messageKey) {
}
