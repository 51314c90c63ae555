package org.safepassage.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.safepassage.consent.ConsentFixtures.Family;
import org.safepassage.consent.ConsentManagement;
import org.safepassage.consent.PlaceHold;
import org.safepassage.corridor.CorridorAdministration;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.security.AuditLog;
import org.safepassage.shared.PageRequest;
import org.safepassage.support.SafePassageTest;
import org.safepassage.transport.convoy.ConvoyOperations;
import org.safepassage.transport.fleet.Fleet;
import org.safepassage.transport.journey.ConvoyMoves;
import org.safepassage.transport.journey.ConvoyMoves.Move;
import org.safepassage.transport.journey.TravelEvents;
import org.safepassage.transport.journey.TravelKind;
import org.safepassage.transport.manifest.AmendmentReason;
import org.safepassage.transport.manifest.ManifestFreezing;
import org.safepassage.transport.manifest.Manifests;
import org.safepassage.transport.planning.ConvoyPlanning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Least data to fewest eyes: what each reader of transport pages sees, and that reading names leaves a trace. */
@SafePassageTest
class TransportPrivacyTest {

    @Autowired MockMvc mvc;
    @Autowired RegistryManagement registry;
    @Autowired ConsentManagement consent;
    @Autowired CorridorAdministration corridors;
    @Autowired Fleet fleet;
    @Autowired ConvoyOperations convoys;
    @Autowired ConvoyPlanning planning;
    @Autowired ManifestFreezing freezing;
    @Autowired ConvoyMoves moves;
    @Autowired Manifests manifests;
    @Autowired TravelEvents travel;
    @Autowired AuditLog audit;

    record Frozen(TransportFixtures.Journey journey, Family family, UUID convoy, UUID manifest) {
    }

    @Test
    void aProtectionHoldAfterFreezingTakesThePersonOffAndThePrintedManifestDoesNotSayWhy() throws Exception {
        var frozen = frozen();
        UUID daughter = frozen.family().member("5");

        TransportFixtures.done(consent.placeHold(new PlaceHold(frozen.family().householdId(), daughter,
                frozen.journey().destination().id(), "Family at risk at the second checkpoint")));
        await().atMost(Duration.ofSeconds(20)).until(() -> !manifests.amendments(frozen.manifest()).isEmpty());

        assertThat(manifests.amendments(frozen.manifest()).get(0).reason()).isEqualTo(AmendmentReason.PROTECTION_HOLD);
        byte[] pdf = mvc.perform(get("/transport/manifests/" + frozen.manifest() + "/pdf").with(user("lo").roles("LOGISTICS")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Not travelling").doesNotContainIgnoringCase("protection")
                    .doesNotContain("risk");
        }
    }

    @Test
    void readingAManifestLeavesAnAuditEntryWithItsPurposeAndOneReadPerHousehold() throws Exception {
        var frozen = frozen();

        var page = mvc.perform(get("/transport/manifests/" + frozen.manifest()).with(user("reader-1").roles("LOGISTICS")))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Khaled Darwish", "خالد");
        assertThat(audit.entries(new PageRequest(0, 50), "reader-1").items())
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("MANIFEST_READ");
                    assertThat(e.details()).contains("purpose=page").doesNotContain("Darwish");
                })
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("READ");
                    assertThat(e.recordId()).isEqualTo(frozen.family().householdId().toString());
                });
    }

    @Test
    void analystsSeeTheLiveBoardAsCountsWithSmallCellsWithheldAndNobodyNamed() throws Exception {
        var journey = TransportFixtures.journey(consent, corridors);
        var family = org.safepassage.consent.ConsentFixtures.family(registry);
        // only the father and the two children consent: three people, a cell too small to show an analyst
        TransportFixtures.done(consent.giveConsent(org.safepassage.consent.ConsentFixtures.consent(consent, family, "1",
                journey.destination().code(), java.util.Set.of(family.member("4"), family.member("5")))));
        var frozen = frozen(journey, family);

        String board = mvc.perform(get("/transport/convoys/" + frozen.convoy() + "/live").with(user("an").roles("ANALYST")))
                .andReturn().getResponse().getContentAsString();

        assertThat(board).contains("&lt;5").doesNotContain(frozen.family().ref()).doesNotContain("Darwish");
        assertThat(mvc.perform(get("/transport/manifests/" + frozen.manifest()).with(user("an").roles("ANALYST")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void checkpointStaffRecordBoardingOnlyForTheHouseholdTheyScanned() throws Exception {
        var frozen = frozen();
        TransportFixtures.done(moves.move(frozen.convoy(), Move.START_BOARDING, null));

        var response = mvc.perform(post("/transport/convoys/" + frozen.convoy() + "/boarding").with(csrf())
                .with(user("cp").roles("CHECKPOINT"))
                .param("reportId", UUID.randomUUID().toString())
                .param("householdId", frozen.family().householdId().toString())
                .param("members", frozen.family().member("1").toString())).andReturn();

        assertThat(response.getFlashMap().get("error")).isEqualTo("boarding.notScanned");
        assertThat(travel.first(frozen.convoy(), TravelKind.BOARDED)).isEmpty();
    }

    private Frozen frozen() {
        var journey = TransportFixtures.journey(consent, corridors);
        return frozen(journey, TransportFixtures.consentingFamily(registry, consent, journey));
    }

    private Frozen frozen(TransportFixtures.Journey journey, Family family) {
        UUID convoy = TransportFixtures.convoy(convoys, journey, TransportFixtures.vehicle(fleet, "B", 50, 0, 0));
        TransportFixtures.done(planning.start(convoy, Duration.ofSeconds(2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> planning.latest(convoy).map(r -> !r.solving()).orElse(false));
        TransportFixtures.done(freezing.freeze(convoy));
        return new Frozen(journey, family, convoy, manifests.ofConvoy(convoy).get(0).id());
    }
}
