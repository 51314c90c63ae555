package org.safepassage.registry;

/** A person's relationship to the head of their household; every household has exactly one HEAD. */
public enum Relationship {
    HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, OTHER_RELATIVE, NON_RELATIVE
}
