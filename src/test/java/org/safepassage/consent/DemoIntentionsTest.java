package org.safepassage.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safepassage.registry.RegistryManagement;
import org.safepassage.support.SafePassageTest;
import org.springframework.beans.factory.annotation.Autowired;

@SafePassageTest
class DemoIntentionsTest {

    @Autowired
    DemoIntentions demo;

    @Autowired
    ConsentManagement consent;

    @Autowired
    RegistryManagement registry;

    @Test
    void theDemoCampGetsIntentionsAndConsentsThatTheTravelRuleReadsTheSameWayOneByOneAndInBulk() {
        List<ConsentFixtures.Family> families = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            families.add(ConsentFixtures.family(registry, i % 10 == 0 ? new String[] {"LP-RP"} : new String[0]));
        }

        var recorded = demo.generate(42);

        assertThat(recorded.households()).isGreaterThanOrEqualTo(60);
        assertThat(recorded.surveys()).isGreaterThanOrEqualTo(60);
        assertThat(recorded.consents()).isPositive();
        for (var destination : consent.destinations()) {
            var travellers = consent.whoMayTravelTo(destination.id());
            for (var family : families) {
                for (var member : family.members().values()) {
                    assertThat(consent.mayTravel(member, destination.id()).mayTravel())
                            .as("%s to %s", member, destination.code())
                            .isEqualTo(travellers.contains(member));
                }
            }
        }
        // a second run leaves what was recorded alone
        assertThat(demo.generate(42).households()).isZero();
    }
}
