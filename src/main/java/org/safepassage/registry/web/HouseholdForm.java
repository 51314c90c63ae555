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

    RegisterHousehold command(List<Violation> violations) {
        List<org.safepassage.registry.NewMember> newMembers = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            newMembers.add(members.get(i).newMember("members[" + i + "].", violations));
        }
        return new RegisterHousehold(ref, shelterBlock, newMembers);
    }
}
