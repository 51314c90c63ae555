package org.safepassage.consent;

/** An intention as the dashboard groups it: by the kind of the preferred destination, or stay, or undecided. */
public enum IntentionCategory {
    PLACE_OF_ORIGIN,
    GOVERNMENT_HELD,
    OPPOSITION_NORTH,
    THIRD_PLACE,
    STAY,
    UNDECIDED;

    static IntentionCategory of(IntentionChoice choice, DestinationKind preferredKind) {
        return switch (choice) {
            case STAY -> STAY;
            case UNDECIDED -> UNDECIDED;
            case DESTINATION -> IntentionCategory.valueOf(preferredKind.name());
        };
    }
}
