package org.safepassage.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.consent.DemoIntentionSampler.Places;
import org.safepassage.consent.Residents.Household;
import org.safepassage.consent.Residents.Resident;

/** The demo camp's intentions have the shape the camp's people describe, and the same seed draws the same. */
class DemoIntentionSamplerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    final Places places = new Places(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @Test
    void mostWantTheNorthOrToStayAMinorityConsentToGovernmentAreasAndSomeSonsDiffer() {
        var households = households(3000);
        Map<String, Integer> answers = new HashMap<>();
        int people = 0;
        int consentingToGovernmentAreas = 0;
        int sonsWhoDiffer = 0;
        for (var h : households) {
            var sample = DemoIntentionSampler.sample(h.household(), h.members(), places, 42, TODAY);
            people += h.members().size();
            var s = sample.household();
            String answer = s.choice() != IntentionChoice.DESTINATION ? s.choice().name()
                    : s.preferred().equals(places.idlib()) || s.preferred().equals(places.northAleppo()) ? "NORTH"
                    : s.preferred().equals(places.thirdCountry()) ? "THIRD" : "GOVERNMENT";
            answers.merge(answer, h.members().size(), Integer::sum);
            for (var signed : sample.consents()) {
                if (signed.destinationId().equals(places.ruralDamascus())
                        || signed.destinationId().equals(places.home(h.household().originPcode()))) {
                    consentingToGovernmentAreas += 1 + signed.minorIds().size();
                }
            }
            sonsWhoDiffer += sample.members().size();
            // what the database insists on, checked here where it is cheap
            for (var survey : java.util.stream.Stream.concat(java.util.stream.Stream.of(s), sample.members().stream()).toList()) {
                if (survey.second() != null) {
                    assertThat(survey.second()).as("second choice differs from the first").isNotEqualTo(survey.preferred());
                }
                assertThat(survey.preferred() != null).isEqualTo(survey.choice() == IntentionChoice.DESTINATION);
            }
            assertThat(sample.members()).allSatisfy(own -> assertThat(own.fears())
                    .extracting(StatedFear::fear).contains(Fear.FORCED_CONSCRIPTION));
        }
        double northOrStay = (answers.get("NORTH") + answers.get("STAY")) / (double) people;
        assertThat(northOrStay).isBetween(0.6, 0.75);
        assertThat(answers.get("UNDECIDED") / (double) people).isBetween(0.08, 0.16);
        assertThat(consentingToGovernmentAreas / (double) people).isBetween(0.05, 0.2);
        assertThat(sonsWhoDiffer).isGreaterThan(50);
    }

    @Test
    void theSameHouseholdAndSeedDrawTheSameAnswers() {
        var h = households(1).get(0);
        var first = DemoIntentionSampler.sample(h.household(), h.members(), places, 7, TODAY);
        var again = DemoIntentionSampler.sample(h.household(), h.members(), places, 7, TODAY);
        assertThat(again).isEqualTo(first);
    }

    record Family(Household household, List<Resident> members) {
    }

    static List<Family> households(int count) {
        var random = new Random(1);
        String[] origins = {"SY04", "SY09", "SY12", "SY04", "SY09", "SY01", "SY05"};
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            List<Resident> members = new ArrayList<>();
            UUID head = UUID.randomUUID();
            members.add(new Resident(head, "H" + i + "-1", id, true, random.nextBoolean(), 30 + random.nextInt(35),
                    Set.of()));
            int size = 1 + random.nextInt(7);
            for (int m = 2; m <= size; m++) {
                members.add(new Resident(UUID.randomUUID(), "H" + i + "-" + m, id, false, random.nextBoolean(),
                        random.nextInt(30), Set.of()));
            }
            families.add(new Family(new Household(id, "H" + i, origins[random.nextInt(origins.length)], size, head), members));
        }
        return families;
    }
}
