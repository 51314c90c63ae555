package org.safepassage.consent;

import java.util.EnumSet;
import java.util.Set;

/** The fixed, translatable list of reasons and fears asked about in the intention survey. */
public enum Fear {
    ARREST_OR_DETENTION,
    FORCED_CONSCRIPTION,
    TORTURE_OR_ILL_TREATMENT,
    LOSS_OF_PROPERTY_OR_DOCUMENTS,
    NO_SHELTER_AT_DESTINATION,
    FAMILY_SEPARATION,
    OTHER;

    /**
     * Fears of what the authorities on the way or at the destination may do to the person. Stated for a
     * destination someone consents to, they hold the person back until a protection officer has reviewed.
     */
    public static final Set<Fear> OF_THE_AUTHORITIES = EnumSet.of(ARREST_OR_DETENTION, FORCED_CONSCRIPTION,
            TORTURE_OR_ILL_TREATMENT);
}
