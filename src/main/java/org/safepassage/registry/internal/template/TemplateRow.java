package org.safepassage.registry.internal.template;

import java.util.List;

/**
 * One row of the import template (DESIGN.md), as text: one individual, grouped into households by
 * {@code householdRef}. Blank cells are empty strings.
 */
public record TemplateRow(String householdRef, String individualRef, String relationship, String givenName,
        String fatherName, String familyName, String givenNameAr, String fatherNameAr, String familyNameAr,
        String sex, String dateOfBirth, String originPcode, String arrivalDate, String shelterBlock, String phone,
        String specificNeeds) {

    /** The template's columns, in order. */
    public static final List<String> COLUMNS = List.of("household_ref", "individual_ref", "relationship",
            "given_name", "father_name", "family_name", "given_name_ar", "father_name_ar", "family_name_ar", "sex",
            "date_of_birth", "origin_pcode", "arrival_date", "shelter_block", "phone", "specific_needs");

    public TemplateRow {
        householdRef = blankToEmpty(householdRef);
        individualRef = blankToEmpty(individualRef);
        relationship = blankToEmpty(relationship);
        givenName = blankToEmpty(givenName);
        fatherName = blankToEmpty(fatherName);
        familyName = blankToEmpty(familyName);
        givenNameAr = blankToEmpty(givenNameAr);
        fatherNameAr = blankToEmpty(fatherNameAr);
        familyNameAr = blankToEmpty(familyNameAr);
        sex = blankToEmpty(sex);
        dateOfBirth = blankToEmpty(dateOfBirth);
        originPcode = blankToEmpty(originPcode);
        arrivalDate = blankToEmpty(arrivalDate);
        shelterBlock = blankToEmpty(shelterBlock);
        phone = blankToEmpty(phone);
        specificNeeds = blankToEmpty(specificNeeds);
    }

    /** The cells in column order. */
    public List<String> cells() {
        return List.of(householdRef, individualRef, relationship, givenName, fatherName, familyName, givenNameAr,
                fatherNameAr, familyNameAr, sex, dateOfBirth, originPcode, arrivalDate, shelterBlock, phone,
                specificNeeds);
    }

    /** A row from cells in column order. */
    public static TemplateRow of(List<String> cells) {
        if (cells.size() != COLUMNS.size()) {
            throw new IllegalArgumentException("a template row has " + COLUMNS.size() + " cells, not " + cells.size());
        }
        return new TemplateRow(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4), cells.get(5),
                cells.get(6), cells.get(7), cells.get(8), cells.get(9), cells.get(10), cells.get(11), cells.get(12),
                cells.get(13), cells.get(14), cells.get(15));
    }

    private static String blankToEmpty(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }
}
