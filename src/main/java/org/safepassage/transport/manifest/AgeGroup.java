package org.safepassage.transport.manifest;

/** The age groups a manifest counts by (the humanitarian standard breakdown). */
public enum AgeGroup {
    UNDER_5(0, 4),
    FROM_5_TO_11(5, 11),
    FROM_12_TO_17(12, 17),
    FROM_18_TO_59(18, 59),
    FROM_60(60, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeGroup of(int age) {
        for (AgeGroup group : values()) {
            if (age >= group.from && age <= group.to) {
                return group;
            }
        }
        return UNDER_5;
    }

    /** For labels: "0–4", "60+". */
    public String range() {
        return to == Integer.MAX_VALUE ? from + "+" : from + "–" + to;
    }
}
