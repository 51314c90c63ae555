package org.safepassage.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safepassage.registry.BirthDate;
import org.safepassage.registry.NewMember;
import org.safepassage.registry.PersonDetails;
import org.safepassage.registry.PersonName;
import org.safepassage.registry.RegisterHousehold;
import org.safepassage.registry.RegistryOutcome.Violation;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;

class RegistrationRulesTest {

    private final RegistrationRules rules = new RegistrationRules(Set.of("SY04"), Set.of("SM-CI"),
            LocalDate.of(2026, 5, 1));

    private static PersonDetails person(Relationship relationship, String birth) {
        return new PersonDetails(relationship, new PersonName("Amal", null, "Haddad", null, null, null), Sex.F,
                BirthDate.parse(birth), "SY04", null, null, Set.of());
    }

    @Test
    void aHouseholdWithOneHeadAndValidMembersPasses() {
        var command = new RegisterHousehold(null, "B-1", List.of(new NewMember(null, person(Relationship.HEAD, "1980")),
                new NewMember(null, person(Relationship.CHILD, "2015-02-03"))));

        assertThat(rules.household(command)).isEmpty();
    }

    @Test
    void twoHeadsOrNoneAreRefused() {
        var twoHeads = new RegisterHousehold(null, null, List.of(new NewMember(null, person(Relationship.HEAD, "1980")),
                new NewMember(null, person(Relationship.HEAD, "1982"))));
        var noHead = new RegisterHousehold(null, null, List.of(new NewMember(null, person(Relationship.CHILD, "2010"))));

        assertThat(rules.household(twoHeads)).extracting(Violation::messageKey).containsExactly("registry.error.heads");
        assertThat(rules.household(noHead)).extracting(Violation::messageKey).containsExactly("registry.error.heads");
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        var details = new PersonDetails(null, new PersonName("Amal", null, null, null, null, null), null,
                BirthDate.parse("2027-01-01"), "SY99", LocalDate.of(2026, 6, 1), "call me", Set.of("XX-YY"));

        assertThat(rules.person("members[0].", details)).extracting(Violation::field).containsExactlyInAnyOrder(
                "members[0].name", "members[0].relationship", "members[0].sex", "members[0].birthDate",
                "members[0].arrivalDate", "members[0].originPcode", "members[0].phone", "members[0].specificNeeds");
    }
}
