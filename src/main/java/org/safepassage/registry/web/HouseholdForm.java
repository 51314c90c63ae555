package org.safepassage.registry.web;

import java.util.ArrayList;
import java.util.List;

import org.safepassage.registry.RegisterHousehold;
import org.safepassage.registry.RegistryOutcome.Violation;
import org.safepassage.registry.Relationship;

/** The registration form: a household and its members (the first one is the head to begin with). */
record HouseholdForm(String ref, String shelterBlock, List<MemberForm> members) {

    static final int MAX_MEMBERS = 30;

    HouseholdForm {
        members = members == null ? List.of() : List.copyOf(members);
    }

    static HouseholdForm empty() {
        return new HouseholdForm(null, null, List.of(MemberForm.empty(Relationship.HEAD)));
    }

    HouseholdForm withAnotherMember() {
        List<MemberForm> more = new ArrayList<>(members);
        if (more.size() < MAX_MEMBERS) {
            more.add(MemberForm.empty(more.isEmpty() ? Relationship.HEAD : Relationship.CHILD));
        }
        return new HouseholdForm(ref, shelterBlock, more);
    }

    /** The form without the member at {@code index} (counting from 0); the first member always stays. */
    HouseholdForm withoutMember(int index) {
        if (index < 1 || index >= members.size()) {
            return this;
        }
        List<MemberForm> fewer = new ArrayList<>(members);
        fewer.remove(index);
        return new HouseholdForm(ref, shelterBlock, fewer);
    }

    /** Members left blank after the first are rows added by mistake: they are left out, not refused. */
    RegisterHousehold command(List<Violation> violations) {
        List<org.safepassage.registry.NewMember> newMembers = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (i > 0 && members.get(i).blank()) {
                continue;
            }
            newMembers.add(members.get(i).newMember("members[" + i + "].", violations));
        }
        return new RegisterHousehold(ref, shelterBlock, newMembers);
    }
}
