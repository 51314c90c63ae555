package org.safepassage.registry.internal.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.registry.BirthDate;
import org.safepassage.registry.Deduplication;
import org.safepassage.registry.NewMember;
import org.safepassage.registry.PersonDetails;
import org.safepassage.registry.PersonName;
import org.safepassage.registry.PersonsMerged;
import org.safepassage.registry.PersonsUnmerged;
import org.safepassage.registry.RegisterHousehold;
import org.safepassage.registry.RegistryFixtures;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.Sex;
import org.safepassage.registry.internal.template.TemplateRow;
import org.safepassage.security.AuditLog;
import org.safepassage.shared.PageRequest;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Possible duplicates found in the registry, decided by a clerk, undone by an administrator. */
@SafePassageTest
@RecordApplicationEvents
class DuplicatesTest {

    @Autowired
    RegistryManagement registry;
    @Autowired
    DuplicateFinding finding;
    @Autowired
    DuplicatePairs pairs;
    @Autowired
    PersonMerges merges;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    private static PersonDetails details(Relationship relationship, String[] names, Sex sex, String birth) {
        return new PersonDetails(relationship, new PersonName(names[0], names[1], names[2], names[3], names[4], names[5]),
                sex, BirthDate.parse(birth), "SY09", LocalDate.of(2017, 4, 1), null, Set.of());
    }

    /** Registers a household of one; returns the person's id. */
    private UUID registerAlone(String[] names, Sex sex, String birth) {
        String ref = RegistryFixtures.uniqueRef("DUP");
        var outcome = registry.registerHousehold(new RegisterHousehold(ref, "D-3",
                List.of(new NewMember(ref + "-1", details(Relationship.HEAD, names, sex, birth)))));
        assertThat(outcome).isInstanceOf(RegistryOutcome.Done.class);
        return registry.personByRef(ref + "-1").orElseThrow().id();
    }

    private static TemplateRow typed(String given, String father, String family, String givenAr, String fatherAr,
            String familyAr, String sex, String birth) {
        return new TemplateRow("", "", "", given, father, family, givenAr, fatherAr, familyAr, sex, birth, "SY09", "",
                "", "", "");
    }

    @Test
    void aPersonTypedAgainInAnotherSpellingIsFoundAlreadyRegistered() {
        UUID existing = registerAlone(new String[] {"Nawwaf", "Abdulkarim", "Al-Shuaiti", "نواف", "عبد الكريم", "الشعيطي"},
                Sex.M, "1983-08-14");

        var found = finding.candidates(typed("Nawaf", "Abd al-Karim", "Shoueiti", "", "", "", "M", "1983-08-14"), 3);

        assertThat(found).anySatisfy(candidate -> {
            assertThat(candidate.individualId()).isEqualTo(existing);
            assertThat(candidate.decision()).isEqualTo(Deduplication.Decision.MATCH);
            assertThat(candidate.reasons()).extracting(Deduplication.Reason::messageKey)
                    .contains("dedup.reason.birth.same");
        });
        assertThat(finding.candidates(typed("Hussein", "Omar", "Al-Ali", "", "", "", "M", "1961"), 3))
                .noneMatch(candidate -> candidate.individualId().equals(existing));
    }

    @Test
    void aSecondRegistrationOnScreenIsRaisedForReviewNotMerged() {
        String[] names = {"Ghazala", "Matar", "Al-Dandal", "غزالة", "مطر", "الدندل"};
        UUID first = registerAlone(names, Sex.F, "1969");
        UUID second = registerAlone(new String[] {"Ghazaleh", "Mattar", "Dandal", "غزاله", "مطر", "الدندل"}, Sex.F, "1969");

        await().atMost(Duration.ofSeconds(60)).until(() -> pairs.concerning(second).stream()
                .anyMatch(pair -> pair.concerns(first)));
        var pair = pairs.concerning(second).stream().filter(p -> p.concerns(first)).findFirst().orElseThrow();
        assertThat(pair.status()).isEqualTo(DuplicatePair.Status.OPEN);
        assertThat(pair.foundBy()).isEqualTo("registration");
        assertThat(registry.person(first)).isPresent();
        assertThat(registry.person(second)).isPresent();
    }

    @Test
    void anImportFlagsItsRowsThatMatchPeopleAlreadyRegistered(@TempDir Path directory) throws Exception {
        UUID existing = registerAlone(new String[] {"Turki", "Jadaan", "Al-Hafl", "تركي", "جدعان", "الهفل"}, Sex.M,
                "1975-02-20");
        String household = RegistryFixtures.uniqueRef("IMP");
        Path file = directory.resolve("again.csv");
        Files.writeString(file, String.join(",", TemplateRow.COLUMNS) + "\n" + household + "," + household
                + "-1,HEAD,Turky,Jadan,Alhafl,تركي,جدعان,الهفل,M,1975-02-20,SY09,2018-01-01,F-9,,\n");
        registry.importFile(file, "again.csv", false, null);
        UUID imported = registry.personByRef(household + "-1").orElseThrow().id();

        await().atMost(Duration.ofSeconds(60)).until(() -> pairs.concerning(imported).stream()
                .anyMatch(pair -> pair.concerns(existing)));
        var pair = pairs.concerning(imported).stream().filter(p -> p.concerns(existing)).findFirst().orElseThrow();
        assertThat(pair.foundBy()).isEqualTo("import:again.csv");
        assertThat(pair.decision()).isEqualTo(Deduplication.Decision.MATCH);
        assertThat(registry.person(imported)).as("found, not merged").isPresent();
    }

    @Test
    void aMergeKeepsBothHistoriesAndAnAdministratorCanUndoIt() {
        UUID kept = registerAlone(new String[] {"Hamda", "Eid", "Al-Khulaif", "حمدة", "عيد", "الخليف"}, Sex.F, "1950");
        UUID duplicate = registerAlone(new String[] {"Hamdeh", "Aid", "Khulaif", "حمده", "عيد", "الخليف"}, Sex.F, "1950");
        UUID household = registry.person(duplicate).orElseThrow().householdId();
        pairs.add(kept, duplicate, 0.97, Deduplication.Decision.MATCH, List.of(), "test", clock.instant(), clock);
        UUID pairId = pairs.concerning(duplicate).stream().filter(p -> p.concerns(kept)).findFirst().orElseThrow().id();

        assertThat(merges.merge(pairId, kept, "same widow, card lost")).isInstanceOf(RegistryOutcome.Done.class);

        assertThat(registry.person(duplicate)).as("inactive, kept for history").isEmpty();
        assertThat(registry.household(household)).as("her household of one closed").isEmpty();
        assertThat(registry.personHistory(duplicate)).anySatisfy(c -> assertThat(c.operation()).isEqualTo("PERSONS_MERGED"));
        assertThat(registry.personHistory(kept)).anySatisfy(c -> assertThat(c.operation()).isEqualTo("PERSONS_MERGED"));
        assertThat(events.stream(PersonsMerged.class)).contains(new PersonsMerged(kept, duplicate));
        assertThat(audit.entries(new PageRequest(0, 50), kept.toString()).items())
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("PERSONS_MERGED"));
        assertThat(merges.merge(pairId, kept, null)).as("decided once").isInstanceOf(RegistryOutcome.Rejected.class);

        assertThat(merges.undo(pairId, "")).as("a reason is needed").isInstanceOf(RegistryOutcome.Rejected.class);
        assertThat(merges.undo(pairId, "two sisters of one name")).isInstanceOf(RegistryOutcome.Done.class);

        assertThat(registry.person(duplicate)).isPresent();
        assertThat(registry.household(household)).isPresent();
        assertThat(pairs.find(pairId).orElseThrow().status()).isEqualTo(DuplicatePair.Status.OPEN);
        assertThat(registry.personHistory(duplicate)).anySatisfy(c -> assertThat(c.operation()).isEqualTo("PERSONS_UNMERGED"));
        assertThat(events.stream(PersonsUnmerged.class)).contains(new PersonsUnmerged(kept, duplicate));
    }

    @Test
    void aRejectedPairIsNotRaisedAgain() {
        UUID one = registerAlone(new String[] {"Salem", "Hamad", "Al-Mar'i", "سالم", "حمد", "المرعي"}, Sex.M, "1990");
        UUID other = registerAlone(new String[] {"Salim", "Hamad", "Almari", "سالم", "حمد", "المرعي"}, Sex.M, "1990");
        pairs.add(one, other, 0.7, Deduplication.Decision.REVIEW, List.of(), "test", clock.instant(), clock);
        UUID pairId = pairs.concerning(one).stream().filter(p -> p.concerns(other)).findFirst().orElseThrow().id();

        assertThat(merges.reject(pairId, "cousins")).isInstanceOf(RegistryOutcome.Done.class);

        assertThat(pairs.find(pairId).orElseThrow().status()).isEqualTo(DuplicatePair.Status.REJECTED);
        assertThat(pairs.add(other, one, 0.9, Deduplication.Decision.MATCH, List.of(), "scan", clock.instant(), clock))
                .isFalse();
        assertThat(pairs.open(new PageRequest(0, 500)).items()).noneMatch(p -> p.id().equals(pairId));
    }

    @Test
    void theHeadOfAHouseholdWithMembersIsNotMergedAway() {
        UUID kept = registerAlone(new String[] {"Fawaz", "Dahham", "Al-Jarrad", "فواز", "دحام", "الجراد"}, Sex.M, "1972");
        String ref = RegistryFixtures.uniqueRef("DUPH");
        registry.registerHousehold(new RegisterHousehold(ref, "D-4", List.of(
                new NewMember(ref + "-1", details(Relationship.HEAD,
                        new String[] {"Fawwaz", "Daham", "Jarrad", "فواز", "دحام", "الجراد"}, Sex.M, "1972")),
                new NewMember(ref + "-2", details(Relationship.CHILD,
                        new String[] {"Sara", "Fawaz", "Jarrad", "سارة", "فواز", "الجراد"}, Sex.F, "2010")))));
        UUID head = registry.personByRef(ref + "-1").orElseThrow().id();
        pairs.add(kept, head, 0.95, Deduplication.Decision.MATCH, List.of(), "test", clock.instant(), clock);
        UUID pairId = pairs.concerning(head).stream().filter(p -> p.concerns(kept)).findFirst().orElseThrow().id();

        var refused = merges.merge(pairId, kept, null);

        assertThat(refused).isInstanceOf(RegistryOutcome.Rejected.class);
        assertThat(((RegistryOutcome.Rejected) refused).violations().get(0).messageKey())
                .isEqualTo("dedup.error.headWithMembers");
        assertThat(registry.person(head)).isPresent();
    }

    @Test
    void searchFindsAPersonByAnySpellingInEitherScript() {
        String[] names = {"Muhammad", "Khalaf", "Al-Dughaim", "محمد", "خلف", "الدغيم"};
        UUID person = registerAlone(names, Sex.M, "1988-11-02");
        for (String query : List.of("Mohammed Dughaim", "Mhd Al-Dughaym", "محمد الدغيم", "Mohamad الدغيم")) {
            assertThat(registry.search(query, new PageRequest(0, 50)).items()).as(query)
                    .anySatisfy(hit -> assertThat(hit.individualId()).isEqualTo(person));
        }
    }
}
