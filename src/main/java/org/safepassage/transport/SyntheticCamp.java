package org.safepassage.transport;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A planning instance shaped like the camp: about 50,000 people, households of 1 to 12 (mean about 5.5), some 80%
 * women and children, needs at plausible rates (a medical seat for critical illness or a difficult pregnancy, a
 * wheelchair space for severe physical disability), registered over the years since the camp opened, living in
 * shelter blocks whose households mostly came from, and go back to, the same place. Only for benchmarks and
 * tests: the same seed gives the same camp.
 */
public final class SyntheticCamp {

    /** The fleets the benchmark plans with. */
    public enum Fleet {
        /** Identical 50-seat buses, each with two medical seats and two wheelchair spaces; enough for everyone. */
        UNIFORM,
        /** Coaches, buses, minibuses and ambulances, some already committed to a destination; enough for everyone. */
        MIXED,
        /** The mixed fleet with seats for about 80% of the people. */
        SHORT
    }

    static final List<String> DESTINATIONS = List.of("Homs", "Deir-ez-Zor", "Daraa", "Northern Aleppo");
    static final double[] DESTINATION_SHARES = {0.42, 0.26, 0.19, 0.13};
    /** Weights of household sizes 1 to 12; the mean is about 5.5. */
    private static final double[] SIZE_WEIGHTS = {8, 9, 11, 12, 13, 12, 10, 8, 6, 5, 3, 3};
    private static final int HOUSEHOLDS_PER_BLOCK = 80;
    /** Households that chose the destination most of their block chose; the others chose on their own. */
    private static final double BLOCK_LOYALTY = 0.6;
    private static final LocalDate CAMP_OPENED = LocalDate.of(2016, 3, 1);
    private static final LocalDate LAST_ARRIVAL = LocalDate.of(2026, 9, 30);

    private SyntheticCamp() {
    }

    public static PlanningInstance instance(int people, Fleet fleet, long seed) {
        if (people < 1) {
            throw new IllegalArgumentException("people must be positive: " + people);
        }
        var random = new Random(seed);
        List<Household> households = households(people, random);
        List<TravellingUnit> units = households.stream().map(Household::unit).toList();
        return new PlanningInstance(units, SyntheticFleet.of(units, fleet, random));
    }

    /** The share of women and children among the people of the camp (for checking the camp looks like one). */
    public static double womenAndChildrenShare(int people, long seed) {
        List<Household> households = households(people, new Random(seed));
        int womenAndChildren = households.stream().mapToInt(h -> h.members().womenAndChildren()).sum();
        return (double) womenAndChildren / people;
    }

    private static List<Household> households(int people, Random random) {
        var households = new ArrayList<Household>();
        long span = ChronoUnit.DAYS.between(CAMP_OPENED, LAST_ARRIVAL);
        int blocks = Math.max(1, (int) Math.round(people / 5.5 / HOUSEHOLDS_PER_BLOCK));
        int remaining = people;
        while (remaining > 0) {
            int size = Math.min(remaining, 1 + pick(SIZE_WEIGHTS, random));
            remaining -= size;
            int blockNumber = random.nextInt(blocks);
            // blocks filled as waves arrived: a block's households registered around the same time
            double wave = Math.pow((blockNumber + random.nextDouble()) / blocks, 1.6);
            LocalDate registeredOn = CAMP_OPENED.plusDays(Math.round(wave * span));
            String destination = random.nextDouble() < BLOCK_LOYALTY
                    ? DESTINATIONS.get(blockDestination(blockNumber))
                    : DESTINATIONS.get(pick(DESTINATION_SHARES, random));
            households.add(new Household("H-" + String.format(Locale.ROOT, "%06d", households.size() + 1),
                    Members.draw(size, random), destination, registeredOn,
                    "B-" + String.format(Locale.ROOT, "%03d", blockNumber + 1)));
        }
        Collections.shuffle(households, random);
        return households;
    }

    /** A block's people mostly came from one place: the destinations' shares, spread over blocks deterministically. */
    private static int blockDestination(int blockNumber) {
        double position = ((blockNumber * 0.6180339887) % 1.0);
        double cumulative = 0;
        for (int i = 0; i < DESTINATION_SHARES.length; i++) {
            cumulative += DESTINATION_SHARES[i];
            if (position < cumulative) {
                return i;
            }
        }
        return DESTINATION_SHARES.length - 1;
    }

    static int pick(double[] weights, Random random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private record Household(String ref, Members members, String destination, LocalDate registeredOn, String block) {

        TravellingUnit unit() {
            return TravellingUnit.wholeHousehold(ref, members.size(), destination, members.medicalSeats(),
                    members.wheelchairSpaces(), members.priority(), registeredOn, block);
        }
    }
}
