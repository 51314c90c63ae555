package org.safepassage.registry;

import java.util.Map;

/**
 * Aggregate figures of the registry, without names, for analysts. Counts below {@link #SMALL_CELL} are
 * suppressed (null) so that no small group can be singled out.
 */
public record RegistryFigures(long households, long individuals, Map<String, Long> byOrigin,
        Map<String, Long> bySexAndAge, Map<String, Long> byNeedCategory) {

    public static final int SMALL_CELL = 5;

    public RegistryFigures {
        byOrigin = suppress(byOrigin);
        bySexAndAge = suppress(bySexAndAge);
        byNeedCategory = suppress(byNeedCategory);
    }

    private static Map<String, Long> suppress(Map<String, Long> counts) {
        var safe = new java.util.LinkedHashMap<String, Long>();
        counts.forEach((key, n) -> safe.put(key, n != null && n < SMALL_CELL ? null : n));
        return java.util.Collections.unmodifiableMap(safe);
    }
}
