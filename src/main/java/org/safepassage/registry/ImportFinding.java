package org.safepassage.registry;

/**
 * One problem found in an import file. {@code row} is the row number a spreadsheet shows (the header is
 * row 1); {@code column} the header name, or null for a problem of the whole row or household; {@code rule}
 * a stable name of the rule broken; {@code message} what was expected, in English.
 */
public record ImportFinding(int row, String column, String value, String rule, String message) {
}
