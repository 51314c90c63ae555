package org.safepassage.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.security.AuditLog;
import org.safepassage.shared.PageRequest;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SafePassageTest
@RecordApplicationEvents
class RegistryManagementTest {

    @Autowired
    RegistryManagement registry;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aRegisteredHouseholdIsSummarisedWithoutNames() {
        UUID id = RegistryFixtures.family(registry);

        var household = registry.household(id).orElseThrow();
        assertThat(household.size()).isEqualTo(3);
        assertThat(household.originPcode()).isEqualTo("SY04");
        assertThat(household.registeredOn()).isEqualTo("2024-03-01");
        assertThat(household.token()).hasSizeGreaterThanOrEqualTo(22).matches("[A-Za-z0-9_-]+");
        assertThat(registry.householdByToken(household.token())).contains(household);
        assertThat(registry.householdByRef(household.ref())).contains(household);
        assertThat(events.stream(HouseholdRegistered.class)).contains(new HouseholdRegistered(id));
        assertThat(events.stream(PersonRegistered.class).filter(e -> e.householdId().equals(id))).hasSize(3);
    }

    @Test
    void travellersCarryAgesAndNeedsButNoNames() {
        UUID id = RegistryFixtures.family(registry);

        List<Traveller> travellers = registry.travellers(id);

        assertThat(travellers).hasSize(3);
        assertThat(travellers.get(0).relationship()).isEqualTo(Relationship.HEAD);
        assertThat(travellers.get(0).yearOfBirthOnly()).isTrue();
        assertThat(travellers).anySatisfy(t -> assertThat(t.specificNeeds()).containsExactly("SM-CC"));
        assertThat(registry.travellers(Set.of(id)).get(id)).hasSize(3);
    }

    @Test
    void readingAPersonIsAudited() {
        UUID household = RegistryFixtures.family(registry);
        var head = registry.household(household).orElseThrow().headId();

        var person = registry.person(head).orElseThrow();

        assertThat(person.name().arabic()).isEqualTo("أمل حداد");
        assertThat(audit.entries(PageRequest.first(), head.toString()).items())
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("READ"));
    }

    @Test
    void aSearchThatShowsPeopleIsAuditedWithWhoWasShown() {
        UUID household = RegistryFixtures.family(registry);
        String ref = registry.household(household).orElseThrow().ref();

        var hits = registry.search(ref, PageRequest.first());

        assertThat(hits.items()).isNotEmpty();
        assertThat(audit.entries(new PageRequest(0, 50), "SEARCH").items())
                .anySatisfy(entry -> assertThat(entry.details()).startsWith("\"" + ref + "\" page 1: ")
                        .contains(hits.items().get(0).ref()));
    }

    @Test
    void aCorrectionKeepsOldAndNewValues() {
        UUID household = RegistryFixtures.family(registry);
        var son = registry.members(household).get(1);
        var corrected = new PersonDetails(son.relationship(), new PersonName("Omar", "Khaled", "Haddad", "عمر",
                "خالد", "حداد"), son.sex(), BirthDate.parse("2015-05-02"), son.originPcode(), son.arrivalDate(),
                "0933 123 456", son.specificNeeds());

        var outcome = registry.changePerson(son.id(), corrected, "typo at registration");

        assertThat(outcome.done()).isTrue();
        assertThat(registry.personHistory(son.id())).extracting(ChangeRecord::field)
                .contains("father_name", "father_name_ar", "date_of_birth", "phone");
        assertThat(registry.personHistory(son.id())).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("date_of_birth");
            assertThat(change.oldValue()).isEqualTo("2015-05-01");
            assertThat(change.newValue()).isEqualTo("2015-05-02");
        });
        assertThat(events.stream(PersonChanged.class)).anySatisfy(e -> assertThat(e.fields()).contains("phone"));
    }

    @Test
    void aSecondHeadIsRefused() {
        UUID household = RegistryFixtures.family(registry);

        var outcome = registry.addMember(household, new NewMember(null, RegistryFixtures.details(Relationship.HEAD,
                "Sami", "Haddad", null, null, Sex.M, "1988")));

        assertThat(outcome).isInstanceOf(RegistryOutcome.Rejected.class);
        assertThat(registry.household(household).orElseThrow().size()).isEqualTo(3);
    }

    @Test
    void theDatabaseRefusesAHouseholdWithoutHead() {
        UUID household = RegistryFixtures.family(registry);

        assertThatThrownBy(() -> jdbc.sql("UPDATE individual SET relationship = 'SPOUSE' WHERE household_id = :id "
                + "AND relationship = 'HEAD'").param("id", household).update()).hasMessageContaining("one head");
    }

    @Test
    void movingSplittingAndMergingAreRecordedOperations() {
        UUID first = RegistryFixtures.family(registry);
        UUID second = RegistryFixtures.family(registry);
        var secondRef = registry.household(second).orElseThrow().ref();
        var son = registry.members(first).get(1);

        var moved = registry.movePerson(son.id(), secondRef, Relationship.OTHER_RELATIVE, "lives with his aunt");
        assertThat(moved.done()).isTrue();
        assertThat(registry.household(first).orElseThrow().size()).isEqualTo(2);
        assertThat(registry.household(second).orElseThrow().size()).isEqualTo(4);
        assertThat(registry.personHistory(son.id())).anySatisfy(change -> {
            assertThat(change.operation()).isEqualTo("MOVED");
            assertThat(change.reason()).isEqualTo("lives with his aunt");
        });
        assertThat(events.stream(PersonMoved.class)).contains(new PersonMoved(son.id(), first, second));

        var daughter = registry.members(second).stream().filter(p -> p.name().given().equals("Lina")).findFirst()
                .orElseThrow();
        var split = registry.splitHousehold(second, Set.of(daughter.id(), son.id()), son.id(), "new shelter");
        assertThat(split).isInstanceOf(RegistryOutcome.Done.class);
        UUID newHousehold = ((RegistryOutcome.Done) split).id();
        assertThat(registry.household(newHousehold).orElseThrow().headId()).isEqualTo(son.id());
        assertThat(registry.household(second).orElseThrow().size()).isEqualTo(2);

        var merged = registry.mergeHouseholds(first, registry.household(newHousehold).orElseThrow().ref(),
                Relationship.CHILD, "reunited");
        assertThat(merged.done()).isTrue();
        assertThat(registry.household(first).orElseThrow().size()).isEqualTo(4);
        assertThat(registry.household(newHousehold)).isEmpty();
        assertThat(events.stream(HouseholdsMerged.class)).contains(new HouseholdsMerged(first, newHousehold));
    }

    @Test
    void theHeadCannotLeaveWithoutASuccessor() {
        UUID first = RegistryFixtures.family(registry);
        UUID second = RegistryFixtures.family(registry);
        var head = registry.household(first).orElseThrow().headId();

        var outcome = registry.movePerson(head, registry.household(second).orElseThrow().ref(),
                Relationship.SIBLING, "moving");

        assertThat(outcome).isInstanceOf(RegistryOutcome.Rejected.class);

        var sonId = registry.members(first).get(1).id();
        assertThat(registry.changeHead(first, sonId, Relationship.PARENT, "mother left").done()).isTrue();
        assertThat(registry.household(first).orElseThrow().headId()).isEqualTo(sonId);
    }

    @Test
    void referenceDataCarriesLabelsInBothLanguagesAndMovementFlags() {
        assertThat(registry.governorates()).hasSize(14)
                .contains(new Governorate("SY04", "Homs", "حمص"));
        var needs = registry.specificNeeds();
        assertThat(needs).anySatisfy(n -> {
            assertThat(n.code()).isEqualTo("LP-AF");
            assertThat(n.protectionHold()).isTrue();
        });
        assertThat(needs).anySatisfy(n -> {
            assertThat(n.code()).isEqualTo("DS-PS");
            assertThat(n.medicalSeat()).isTrue();
            assertThat(n.wheelchair()).isTrue();
        });
        assertThat(needs).allSatisfy(n -> assertThat(n.labelAr()).isNotBlank().isNotEqualTo(n.labelEn()));
    }
}
