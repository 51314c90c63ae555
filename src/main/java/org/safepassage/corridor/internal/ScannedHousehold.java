package org.safepassage.corridor.internal;

import java.util.List;
import java.util.UUID;

/**
 * A household whose token was scanned at a checkpoint, with what staff need to match faces: each member's
 * names in both scripts, sex and age. Held only for the screen that scanned it.
 */
public record ScannedHousehold(UUID id, String ref, int size, List<Member> members) {

    public ScannedHousehold {
        members = List.copyOf(members);
    }

    public record Member(UUID id, String ref, String relationship, String nameLatin, String nameArabic, String sex,
            int age, boolean yearOfBirthOnly) {
    }
}
