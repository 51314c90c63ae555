package org.safepassage.registry;

/** Sex as recorded at registration. */
public enum Sex {
    F, M
}
