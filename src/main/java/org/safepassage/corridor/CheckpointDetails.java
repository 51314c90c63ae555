package org.safepassage.corridor;

import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator or logistician states about a checkpoint, to create it or change it; who runs it in
 * Arabic is optional.
 */
public record CheckpointDetails(String code, String nameEn, String nameAr, Integer sequence, GeoPoint position,
        Integer expectedMinutesFromCamp, String operator, OpeningHours openingHours, Integer capacityPerHour,
        String liaisonName, String liaisonPhone, String operatorAr) {

    /** A checkpoint whose operator is stated in one language only. */
    public CheckpointDetails(String code, String nameEn, String nameAr, Integer sequence, GeoPoint position,
            Integer expectedMinutesFromCamp, String operator, OpeningHours openingHours, Integer capacityPerHour,
            String liaisonName, String liaisonPhone) {
        this(code, nameEn, nameAr, sequence, position, expectedMinutesFromCamp, operator, openingHours,
                capacityPerHour, liaisonName, liaisonPhone, null);
    }

    public CheckpointDetails {
        code = Texts.code(code);
        nameEn = Texts.clean(nameEn);
        nameAr = Texts.clean(nameAr);
        operator = Texts.clean(operator);
        operatorAr = Texts.clean(operatorAr);
        openingHours = openingHours == null ? OpeningHours.AROUND_THE_CLOCK : openingHours;
        liaisonName = Texts.clean(liaisonName);
        liaisonPhone = Texts.clean(liaisonPhone);
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (!Texts.validCode(code)) {
            violations.add(new Violation("code", "corridor.error.code"));
        }
        if (nameEn == null) {
            violations.add(new Violation("nameEn", "corridor.error.nameEn"));
        }
        if (nameAr == null) {
            violations.add(new Violation("nameAr", "corridor.error.nameAr"));
        }
        if (sequence == null || sequence < 1) {
            violations.add(new Violation("sequence", "checkpoint.error.sequence"));
        }
        if (position == null) {
            violations.add(new Violation("position", "checkpoint.error.position"));
        }
        if (expectedMinutesFromCamp == null || expectedMinutesFromCamp < 0) {
            violations.add(new Violation("expectedMinutesFromCamp", "checkpoint.error.expectedMinutes"));
        }
        if (operator == null) {
            violations.add(new Violation("operator", "checkpoint.error.operator"));
        }
        if (capacityPerHour != null && capacityPerHour < 1) {
            violations.add(new Violation("capacityPerHour", "checkpoint.error.capacity"));
        }
        return violations;
    }
}
