package org.safepassage.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safepassage.registry.RegistryFixtures;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.registry.Traveller;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Field events are append-only and idempotent, corrections replace, and other modules hear of them by id. */
@SafePassageTest
@ExtendWith(PublishedEventsExtension.class)
class CheckpointEventsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CorridorAdministration administration;

    @Autowired
    CorridorManagement corridors;

    @Autowired
    RegistryManagement registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    CorridorFixtures.TestCorridor corridor;
    UUID household;
    List<UUID> members;
    Instant now;

    @BeforeEach
    void aCorridorAndAFamily() {
        corridor = CorridorFixtures.corridor(administration);
        household = RegistryFixtures.family(registry);
        members = registry.travellers(household).stream().map(Traveller::individualId).toList();
        now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private String passage(UUID id, UUID checkpoint, Instant at, List<UUID> people, UUID convoy) {
        return """
                {"id":"%s","kind":"PASSAGE","checkpointId":"%s","occurredAt":"%s","householdId":"%s",
                 "individualIds":[%s],"convoyId":%s}
                """.formatted(id, checkpoint, at, household,
                String.join(",", people.stream().map(p -> "\"" + p + "\"").toList()),
                convoy == null ? "null" : "\"" + convoy + "\"");
    }

    private ResultActions postAs(String role, String body) throws Exception {
        return mvc.perform(post("/api/checkpoint-events").with(user("field-" + role).roles(role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long rows(UUID id) {
        return jdbc.sql("SELECT count(*) FROM checkpoint_event WHERE id = :id").param("id", id).query(Long.class).single();
    }

    @Test
    void theSameEventSentTwiceIsStoredOnce(AssertablePublishedEvents events) throws Exception {
        UUID id = UUID.randomUUID();
        String body = passage(id, corridor.first(), now, members, null);

        postAs("DEVICE", body).andExpect(status().isCreated()).andExpect(jsonPath("$.alreadyStored").value(false));
        postAs("DEVICE", body).andExpect(status().isOk()).andExpect(jsonPath("$.alreadyStored").value(true));

        assertThat(rows(id)).isEqualTo(1);
        assertThat(events.ofType(PassageRecorded.class).matching(PassageRecorded::eventId, id)).hasSize(1);
    }

    @Test
    void theSameIdWithADifferentBodyIsRefusedAsAConflict() throws Exception {
        UUID id = UUID.randomUUID();
        postAs("CHECKPOINT", passage(id, corridor.first(), now, members, null)).andExpect(status().isCreated());

        postAs("CHECKPOINT", passage(id, corridor.first(), now, members.subList(0, 1), null))
                .andExpect(status().isConflict())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("/problems/corridor/event-id-conflict"))
                .andExpect(jsonPath("$.status").value(409));

        assertThat(rows(id)).isEqualTo(1);
        assertThat(corridors.passagesOfHousehold(household)).singleElement()
                .satisfies(p -> assertThat(p.individualIds()).containsExactlyInAnyOrderElementsOf(members));
    }

    @Test
    void aPassageIsPublishedWithIdsOnlyAndTheMembersWhoPassed(AssertablePublishedEvents events) throws Exception {
        UUID id = UUID.randomUUID();
        UUID convoy = UUID.randomUUID();

        postAs("DEVICE", passage(id, corridor.first(), now, members.subList(0, 2), convoy))
                .andExpect(status().isCreated());

        assertThat(events.ofType(PassageRecorded.class).matching(PassageRecorded::eventId, id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.checkpointId()).isEqualTo(corridor.first());
                    assertThat(e.corridorId()).isEqualTo(corridor.id());
                    assertThat(e.householdId()).isEqualTo(household);
                    assertThat(e.individualIds()).containsExactlyInAnyOrderElementsOf(members.subList(0, 2));
                    assertThat(e.personCount()).isEqualTo(2);
                    assertThat(e.convoyId()).isEqualTo(convoy);
                });
        assertThat(corridors.passagesOfConvoy(convoy)).singleElement()
                .satisfies(p -> assertThat(p.checkpointSequence()).isEqualTo(1));
        assertThat(corridors.passagesOfPerson(members.get(2))).isEmpty();
    }

    @Test
    void aCorrectionReplacesTheEventItCorrectsAndARetractionCancelsIt(AssertablePublishedEvents events)
            throws Exception {
        UUID wrong = UUID.randomUUID();
        postAs("CHECKPOINT", passage(wrong, corridor.first(), now, members, null)).andExpect(status().isCreated());

        // it was the second checkpoint, not the first
        UUID correction = UUID.randomUUID();
        String corrected = passage(correction, corridor.second(), now, members, null)
                .replace("\"convoyId\":null", "\"convoyId\":null,\"corrects\":\"" + wrong + "\"");
        postAs("CHECKPOINT", corrected).andExpect(status().isCreated());

        assertThat(corridors.passagesOfHousehold(household)).singleElement()
                .satisfies(p -> assertThat(p.checkpointId()).isEqualTo(corridor.second()));
        assertThat(events.ofType(PassageRecorded.class).matching(PassageRecorded::eventId, correction))
                .singleElement().satisfies(e -> assertThat(e.correctsEventId()).isEqualTo(wrong));

        // the original cannot be corrected a second time
        postAs("CHECKPOINT", passage(UUID.randomUUID(), corridor.first(), now, members, null)
                .replace("\"convoyId\":null", "\"convoyId\":null,\"corrects\":\"" + wrong + "\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/corridor/event-already-corrected"));

        // and the household never passed at all: retract the correction
        UUID retraction = UUID.randomUUID();
        postAs("CHECKPOINT", """
                {"id":"%s","kind":"RETRACTION","occurredAt":"%s","corrects":"%s"}
                """.formatted(retraction, now, correction)).andExpect(status().isCreated());

        assertThat(corridors.passagesOfHousehold(household)).isEmpty();
        assertThat(events.ofType(CheckpointEventRetracted.class).matching(CheckpointEventRetracted::eventId, retraction))
                .singleElement().satisfies(e -> {
                    assertThat(e.retractedEventId()).isEqualTo(correction);
                    assertThat(e.retractedKind()).isEqualTo(EventKind.PASSAGE);
                });
        assertThat(rows(wrong) + rows(correction) + rows(retraction)).as("nothing is deleted").isEqualTo(3);
    }

    @Test
    void refusesPeopleWhoAreNotOfTheHouseholdAndEventsFromTheFuture() throws Exception {
        postAs("DEVICE", passage(UUID.randomUUID(), corridor.first(), now, List.of(UUID.randomUUID()), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/corridor/not-a-member"));
        postAs("DEVICE", passage(UUID.randomUUID(), corridor.first(), now.plus(Duration.ofHours(2)), members, null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/corridor/event-in-the-future"));
        postAs("DEVICE", passage(UUID.randomUUID(), UUID.randomUUID(), now, members, null))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("/problems/corridor/checkpoint-not-found"));
        postAs("DEVICE", "{\"kind\":\"PASSAGE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'id')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'checkpointId')]").exists());
    }

    @Test
    void aServiceRecordsAReferralButNoDiagnosis(AssertablePublishedEvents events) throws Exception {
        UUID id = UUID.randomUUID();
        postAs("DEVICE", """
                {"id":"%s","kind":"SERVICE","checkpointId":"%s","occurredAt":"%s","householdId":"%s",
                 "individualIds":["%s"],"service":"MEDICAL_SCREENING","referral":true}
                """.formatted(id, corridor.first(), now, household, members.get(2)))
                .andExpect(status().isCreated());

        assertThat(jdbc.sql("SELECT referral FROM checkpoint_event WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(events.ofType(ServiceDelivered.class).matching(ServiceDelivered::eventId, id)).singleElement()
                .satisfies(e -> assertThat(e.service()).isEqualTo(ServiceType.MEDICAL_SCREENING));
        assertThat(corridors.day(corridors.today()).get(corridor.first()).delivered(ServiceType.MEDICAL_SCREENING))
                .isEqualTo(1);
    }

    @Test
    void aPersonHeldBackIsPublishedForWhoeverAccountsForTravellers(AssertablePublishedEvents events)
            throws Exception {
        UUID id = UUID.randomUUID();
        postAs("CHECKPOINT", """
                {"id":"%s","kind":"INCIDENT","checkpointId":"%s","occurredAt":"%s","householdId":"%s",
                 "individualIds":["%s"],"incidentType":"HELD_BACK"}
                """.formatted(id, corridor.first(), now, household, members.get(0)))
                .andExpect(status().isCreated());

        assertThat(events.ofType(CheckpointIncidentReported.class).matching(CheckpointIncidentReported::incidentId, id))
                .singleElement().satisfies(e -> {
                    assertThat(e.holdsPeople()).isTrue();
                    assertThat(e.individualIds()).containsExactly(members.get(0));
                    assertThat(e.checkpointId()).isEqualTo(corridor.first());
                });

        // nobody at the checkpoint can make the report disappear; protection staff can
        String retraction = """
                {"id":"%s","kind":"RETRACTION","occurredAt":"%s","corrects":"%s"}
                """;
        postAs("CHECKPOINT", retraction.formatted(UUID.randomUUID(), now, id))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("/problems/corridor/incident-correction-restricted"));
        postAs("DEVICE", retraction.formatted(UUID.randomUUID(), now, id)).andExpect(status().isForbidden());
        postAs("PROTECTION", retraction.formatted(UUID.randomUUID(), now, id)).andExpect(status().isCreated());
    }

    @Test
    void throughputCountsPeoplePerHourAndTravelTimesRunFromTheReportedDeparture() throws Exception {
        UUID convoy = UUID.randomUUID();
        Instant departed = now.minus(Duration.ofHours(4));
        postAs("DEVICE", """
                {"id":"%s","kind":"PASSAGE","checkpointId":"%s","occurredAt":"%s","householdId":"%s",
                 "personCount":3,"convoyId":"%s","departedCampAt":"%s"}
                """.formatted(UUID.randomUUID(), corridor.first(), departed.plus(Duration.ofMinutes(70)), household,
                convoy, departed)).andExpect(status().isCreated());
        postAs("DEVICE", passage(UUID.randomUUID(), corridor.second(), departed.plus(Duration.ofMinutes(200)),
                members, convoy)).andExpect(status().isCreated());

        var times = corridors.travelTimes(corridor.id());
        assertThat(times).extracting(TravelTime::convoys).containsExactly(1, 1);
        assertThat(times).extracting(TravelTime::medianMinutes).containsExactly(70, 200);
        assertThat(times).extracting(TravelTime::expectedMinutes).containsExactly(60, 180);

        var day = departed.atZone(corridors.zone()).toLocalDate();
        var throughput = corridors.throughput(corridor.first(), day.minusDays(1), day.plusDays(1));
        assertThat(throughput.people()).isEqualTo(3);
        assertThat(throughput.hours()).singleElement().satisfies(h -> assertThat(h.households()).isEqualTo(1));

        mvc.perform(get("/api/checkpoint-events/passages").param("convoy", convoy.toString())
                        .with(user("lo").roles("LOGISTICS")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].checkpointSequence").value(1))
                .andExpect(jsonPath("$[1].checkpointSequence").value(2));
    }
}
