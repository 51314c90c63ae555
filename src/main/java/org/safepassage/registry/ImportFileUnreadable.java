package org.safepassage.registry;

/** The file given to an import cannot be read as CSV (UTF-8) or XLSX at all; nothing was checked or stored. */
public class ImportFileUnreadable extends Exception {

    public ImportFileUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
