package org.safepassage.registry.internal.matching;

/** The three parts of an Arabic name as the template records them. */
enum NamePart {
    GIVEN, FATHER, FAMILY
}
