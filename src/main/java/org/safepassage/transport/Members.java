package org.safepassage.transport;

import java.util.Random;

/**
 * Who is in a synthetic household, as far as planning cares: how many women and children, and the specific needs
 * (UNHCR codes in the comments) that decide priority, medical seats and wheelchair spaces.
 */
record Members(int size, int womenAndChildren, int medicalSeats, int wheelchairSpaces, int priority) {

    /** Priorities, higher goes first. */
    static final int NONE = 0;
    static final int AT_RISK = 1;
    static final int SERIOUS = 2;
    static final int SEVERE = 3;
    static final int CRITICAL = 4;

    private enum Kind { CHILD, WOMAN, MAN, OLDER_WOMAN, OLDER_MAN }

    static Members draw(int size, Random random) {
        int womenAndChildren = 0;
        int children = 0;
        int adultMen = 0;
        int older = 0;
        int medicalSeats = 0;
        int wheelchairSpaces = 0;
        int priority = NONE;
        for (int i = 0; i < size; i++) {
            Kind kind = i == 0 ? head(random) : other(random);
            switch (kind) {
                case CHILD -> children++;
                case MAN -> adultMen++;
                case OLDER_WOMAN, OLDER_MAN -> older++;
                default -> { }
            }
            if (kind == Kind.CHILD || kind == Kind.WOMAN || kind == Kind.OLDER_WOMAN) {
                womenAndChildren++;
            }
            boolean isOlder = kind == Kind.OLDER_WOMAN || kind == Kind.OLDER_MAN;
            if (random.nextDouble() < (isOlder ? 0.02 : 0.003)) { // SM-CC critical medical condition
                medicalSeats++;
                priority = Math.max(priority, CRITICAL);
            } else if (kind == Kind.WOMAN && random.nextDouble() < 0.015) { // SM-DP difficult pregnancy
                medicalSeats++;
                priority = Math.max(priority, SEVERE);
            }
            if (random.nextDouble() < (isOlder ? 0.03 : 0.005)) { // DS-PS severe physical disability
                wheelchairSpaces++;
                priority = Math.max(priority, SEVERE);
            } else if (random.nextDouble() < 0.012) { // DS-PM moderate physical disability
                priority = Math.max(priority, SERIOUS);
            }
            if (isOlder && random.nextDouble() < 0.2) { // ER-FR older person unable to care for self
                priority = Math.max(priority, SEVERE);
            }
            if (random.nextDouble() < (isOlder ? 0.25 : 0.04)) { // SM-CI chronic illness
                priority = Math.max(priority, SERIOUS);
            }
        }
        if (children == size) { // SC-CH child-headed household
            priority = Math.max(priority, SEVERE);
        } else if (size == 1 && older == 1) { // ER-NF single older person
            priority = Math.max(priority, SERIOUS);
        } else if (adultMen == 0 && children > 0) { // SP-PT single parent or caregiver
            priority = Math.max(priority, AT_RISK);
        }
        if (womenAndChildren > 0 && random.nextDouble() < 0.02) { // WR-WR woman at risk
            priority = Math.max(priority, SERIOUS);
        }
        // three in one household are rare enough that the fleets here are not equipped for them
        return new Members(size, womenAndChildren, Math.min(2, medicalSeats), Math.min(2, wheelchairSpaces), priority);
    }

    /** Many men of the camp are detained, conscripted or dead: nearly half of the households are headed by women. */
    private static Kind head(Random random) {
        double draw = random.nextDouble();
        if (draw < 0.45) {
            return Kind.WOMAN;
        }
        if (draw < 0.87) {
            return Kind.MAN;
        }
        if (draw < 0.93) {
            return Kind.OLDER_WOMAN;
        }
        return draw < 0.99 ? Kind.OLDER_MAN : Kind.CHILD;
    }

    private static Kind other(Random random) {
        double draw = random.nextDouble();
        if (draw < 0.62) {
            return Kind.CHILD;
        }
        if (draw < 0.82) {
            return Kind.WOMAN;
        }
        if (draw < 0.94) {
            return Kind.MAN;
        }
        return draw < 0.97 ? Kind.OLDER_WOMAN : Kind.OLDER_MAN;
    }
}
