package org.safepassage.registry.internal.demo;

/**
 * A name as the generator knows it: its Arabic spelling and a romanisation in the notation of
 * {@code registry/demo/README.txt}, which {@link Spelling} writes out the way a clerk would. The tag is the
 * region of a family name, or the era of a given name (“old”, “young”, or empty).
 */
record Name(String arabic, String roman, double weight, String tag) {

    boolean isMuhammad() {
        return roman.equals("muHammad");
    }

    /** The part of a compound that is Muhammad: “muHammad khayr” is written Mhd Kheir by some clerks. */
    boolean startsWithMuhammad() {
        return roman.startsWith("muHammad");
    }
}
