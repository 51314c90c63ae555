package org.safepassage.registry;

import java.util.List;

/** Register a household with its members; exactly one of them is the HEAD. A blank ref is assigned. */
public record RegisterHousehold(String ref, String shelterBlock, List<NewMember> members) {

    public RegisterHousehold {
        ref = PersonName.clean(ref);
        shelterBlock = PersonName.clean(shelterBlock);
        members = members == null ? List.of() : List.copyOf(members);
    }
}
