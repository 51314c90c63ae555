package org.safepassage.consent;

/** What a destination is to the people of the camp; it decides how intentions are grouped and read. */
public enum DestinationKind {
    /** Home: the governorate a household came from. */
    PLACE_OF_ORIGIN,
    /** Another area held by the government, e.g. collective shelters. */
    GOVERNMENT_HELD,
    /** The opposition-held north, where many ask to go. */
    OPPOSITION_NORTH,
    /** Anywhere else: another country, resettlement. */
    THIRD_PLACE
}
