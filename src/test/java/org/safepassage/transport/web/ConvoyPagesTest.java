package org.safepassage.transport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.corridor.CorridorAdministration;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.support.SafePassageTest;
import org.safepassage.transport.TransportFixtures;
import org.safepassage.transport.convoy.ConvoyOperations;
import org.safepassage.transport.fleet.Fleet;
import org.safepassage.transport.journey.ConvoyMoves;
import org.safepassage.transport.journey.ConvoyMoves.Move;
import org.safepassage.transport.journey.TravelKind;
import org.safepassage.transport.journey.TravelRecording;
import org.safepassage.transport.journey.TravelReport;
import org.safepassage.transport.manifest.ManifestFreezing;
import org.safepassage.transport.planning.ConvoyPlanning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the convoy, plan and boarding pages tell the people who use them, in English and in Arabic. */
@SafePassageTest
class ConvoyPagesTest {

    static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Autowired MockMvc mvc;
    @Autowired RegistryManagement registry;
    @Autowired ConsentManagement consent;
    @Autowired CorridorAdministration corridors;
    @Autowired Fleet fleet;
    @Autowired ConvoyOperations convoys;
    @Autowired ConvoyPlanning planning;
    @Autowired ManifestFreezing freezing;
    @Autowired ConvoyMoves moves;
    @Autowired TravelRecording travel;

    @Test
    void aCorridorToAnotherDestinationIsRefusedBesideTheCorridorInTheReadersLanguageKeepingWhatWasTyped()
            throws Exception {
        var here = TransportFixtures.journey(consent, corridors);
        var elsewhere = TransportFixtures.journey(consent, corridors);

        for (var locale : new Locale[] {Locale.ENGLISH, ARABIC}) {
            String page = mvc.perform(post("/transport/convoys").with(user("lo").roles("LOGISTICS")).with(csrf())
                    .locale(locale)
                    .param("ref", "CV-ELSEWHERE-1").param("destinationId", here.destination().id().toString())
                    .param("corridorId", elsewhere.corridorId().toString())
                    .param("plannedDeparture", "2030-01-02T08:00").param("expectedJourneyMinutes", "240")
                    .param("escort", "UN ahead"))
                    .andReturn().getResponse().getContentAsString();

            assertThat(page).contains("id=\"corridorId-error\"")
                    .contains(locale == ARABIC ? "هذا الممر لا يؤدي إلى الوجهة." : "This corridor does not lead to the destination.")
                    .contains(locale == ARABIC ? "لم يُحفظ" : "Not saved")
                    .contains("value=\"CV-ELSEWHERE-1\"").contains("UN ahead");
        }
    }

    @Test
    void aVehicleWithMoreMedicalSeatsThanSeatsIsRefusedBesideTheMedicalSeats() throws Exception {
        String page = mvc.perform(post("/transport/vehicles").with(user("lo").roles("LOGISTICS")).with(csrf())
                .locale(ARABIC).param("ref", "BUS-MEDICAL-1").param("kind", "BUS").param("seats", "10")
                .param("medicalSeats", "12").param("wheelchairSpaces", "0").param("operator", "شركة النقل"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"medicalSeats-error\"").contains("لم يُحفظ").contains("value=\"BUS-MEDICAL-1\"");
    }

    @Test
    void beforeBoardingStartsTheBoardingScreenSaysSoInsteadOfOfferingToRecord() throws Exception {
        var journey = TransportFixtures.journey(consent, corridors);
        TransportFixtures.consentingFamily(registry, consent, journey);
        UUID convoy = planned(journey, 50);
        TransportFixtures.done(freezing.freeze(convoy));

        String en = boarding(convoy, Locale.ENGLISH);
        String ar = boarding(convoy, ARABIC);

        assertThat(en).contains("Boarding has not started: logistics starts it on the convoy page.")
                .contains("<title>Boarding").doesNotContain("id=\"scan-form\"").doesNotContain("Arrival of");
        assertThat(ar).contains("لم يبدأ الصعود بعد").doesNotContain("id=\"scan-form\"").doesNotContain("·");
    }

    @Test
    void theBoardingScreenOpensForBoardingWhileBoardingAndForArrivalOnceTheConvoyLeft() throws Exception {
        var journey = TransportFixtures.journey(consent, corridors);
        var family = TransportFixtures.consentingFamily(registry, consent, journey);
        UUID convoy = planned(journey, 50);
        TransportFixtures.done(freezing.freeze(convoy));
        TransportFixtures.done(moves.move(convoy, Move.START_BOARDING, null));

        assertThat(boarding(convoy, Locale.ENGLISH)).contains("<title>Boarding").contains("id=\"scan-form\"")
                .doesNotContain("id=\"not-yet\"");
        assertThat(mvc.perform(get("/transport/convoys/" + convoy + "/boarding").param("mode", "ARRIVED")
                .with(user("cp").roles("CHECKPOINT")).locale(Locale.ENGLISH)).andReturn().getResponse()
                .getContentAsString()).contains("This convoy has not left yet").doesNotContain("id=\"scan-form\"");

        travel.record(new TravelReport(UUID.randomUUID(), TravelKind.BOARDED, convoy, family.householdId(),
                java.util.Set.of(family.member("1")), Instant.now()));
        TransportFixtures.done(moves.move(convoy, Move.DEPART, null));

        assertThat(boarding(convoy, Locale.ENGLISH)).contains("<title>Arrival of").contains("id=\"scan-form\"")
                .doesNotContain("id=\"not-yet\"");
    }

    @Test
    void householdsLeftForALaterConvoyAreShownTwentyFiveToAPageWithTheirTotalAndArabicFiguresAreSeparatedByCommas() throws Exception {
        var journey = TransportFixtures.journey(consent, corridors);
        for (int i = 0; i < 28; i++) {
            TransportFixtures.consentingFamily(registry, consent, journey);
        }
        UUID convoy = planned(journey, 5);

        String first = leftBehind(mvc.perform(get("/transport/convoys/" + convoy + "/plan")
                .with(user("lo").roles("LOGISTICS")).locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString());
        String arabic = mvc.perform(get("/transport/convoys/" + convoy + "/plan").param("page", "1")
                .with(user("lo").roles("LOGISTICS")).locale(ARABIC)).andReturn().getResponse().getContentAsString();
        String second = leftBehind(arabic);

        assertThat(rows(first)).isEqualTo(25);
        assertThat(first).contains("Left for a later convoy: 27 households").contains("1–25 of 27").contains("page=1");
        assertThat(rows(second)).isEqualTo(2);
        assertThat(second).contains("٢٦–٢٧ من ٢٧").contains("page=0");
        assertThat(arabic).as("a middle dot beside the Arabic zero reads as one more digit").doesNotContain("·")
                .contains("٥ من ٥ مقعدًا، ٠ من ٠ مقاعد طبية");
    }

    private UUID planned(TransportFixtures.Journey journey, int seats) {
        UUID convoy = TransportFixtures.convoy(convoys, journey, TransportFixtures.vehicle(fleet, "B", seats, 0, 0));
        TransportFixtures.done(planning.start(convoy, Duration.ofSeconds(2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> planning.latest(convoy).map(r -> !r.solving()).orElse(false));
        return convoy;
    }

    private String boarding(UUID convoy, Locale locale) throws Exception {
        return mvc.perform(get("/transport/convoys/" + convoy + "/boarding").with(user("cp").roles("CHECKPOINT"))
                .locale(locale)).andReturn().getResponse().getContentAsString();
    }

    private static String leftBehind(String page) {
        return page.substring(page.indexOf("id=\"left-behind\""));
    }

    private static int rows(String html) {
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return body.split("<tr>", -1).length - 1;
    }
}
