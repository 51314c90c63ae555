package org.safepassage.corridor;

/** What a checkpoint may offer people passing through. */
public enum ServiceType {
    FOOD,
    WATER,
    CLOTHING,
    MEDICAL_SCREENING,
    HYGIENE,
    LEGAL_HELP,
    OTHER;

    /** Only a medical screening can lead to a referral (recorded as yes or no, never with a diagnosis). */
    public boolean canRefer() {
        return this == MEDICAL_SCREENING;
    }
}
