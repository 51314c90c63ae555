package org.safepassage.registry;

/** Told as an import goes: the phase it is in and how many rows it has read so far. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, rows) -> {
    };

    /** @param phase one of READING, CHECKING, STORING, INDEXING (after a large load), DONE */
    void update(String phase, long rowsRead);
}
