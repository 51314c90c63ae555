package org.safepassage.registry;

/** A file was imported: one event per import, with the numbers of households and individuals it added or changed. */
public record RegistryImported(String file, int households, int individuals) {
}
