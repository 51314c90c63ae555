package org.safepassage.registry;

/**
 * A UNHCR specific-needs code as reference data. The flags say what a code means for movement:
 * {@code protectionHold} danger on return or at checkpoints, {@code medicalSeat} a medical seat or escort on
 * a bus, {@code wheelchair} a wheelchair space.
 */
public record SpecificNeed(String code, String category, String labelEn, String labelAr, boolean active,
        boolean protectionHold, boolean medicalSeat, boolean wheelchair) {

    /** The label in the reader's language ("ar" or anything else for English). */
    public String label(String language) {
        return "ar".equals(language) ? labelAr : labelEn;
    }
}
