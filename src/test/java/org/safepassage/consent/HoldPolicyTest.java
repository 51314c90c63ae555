package org.safepassage.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safepassage.consent.Residents.Resident;

class HoldPolicyTest {

    static final Set<String> HOLD_CODES = Set.of("LP-AF", "LP-RR", "TR-PI");
    final UUID homs = UUID.randomUUID();
    final UUID idlib = UUID.randomUUID();

    @Test
    void aFlaggedNeedsCodeHoldsThePersonBackFromAnyDestination() {
        var person = resident(Set.of("LP-AF", "SM-CI"));
        assertThat(HoldPolicy.causes(person, HOLD_CODES, Optional.empty(), idlib))
                .extracting(HoldPolicy.Cause::basis, HoldPolicy.Cause::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HoldBasis.SPECIFIC_NEED, "need:LP-AF"));
    }

    @Test
    void aFearOfArrestForTheDestinationHoldsThePersonBackFromThatDestinationOnly() {
        var person = resident(Set.of());
        var survey = survey(List.of(new StatedFear(Fear.FORCED_CONSCRIPTION, homs),
                new StatedFear(Fear.NO_SHELTER_AT_DESTINATION, null)));
        assertThat(HoldPolicy.causes(person, HOLD_CODES, Optional.of(survey), homs))
                .singleElement().satisfies(cause -> {
                    assertThat(cause.basis()).isEqualTo(HoldBasis.STATED_FEAR);
                    assertThat(cause.detail()).isEqualTo("FORCED_CONSCRIPTION");
                });
        assertThat(HoldPolicy.causes(person, HOLD_CODES, Optional.of(survey), idlib)).isEmpty();
    }

    @Test
    void aFearOfArrestStatedForEveryDestinationHoldsThePersonBackFromEach() {
        var survey = survey(List.of(new StatedFear(Fear.ARREST_OR_DETENTION, null)));
        assertThat(HoldPolicy.causes(resident(Set.of()), HOLD_CODES, Optional.of(survey), idlib)).hasSize(1);
    }

    @Test
    void fearsThatAreNotOfTheAuthoritiesAndUnflaggedCodesHoldNobody() {
        var survey = survey(List.of(new StatedFear(Fear.FAMILY_SEPARATION, homs)));
        assertThat(HoldPolicy.causes(resident(Set.of("SM-CI")), HOLD_CODES, Optional.of(survey), homs)).isEmpty();
    }

    static Resident resident(Set<String> needs) {
        return new Resident(UUID.randomUUID(), "R-1", UUID.randomUUID(), true, true, 30, needs);
    }

    static IntentionSurvey survey(List<StatedFear> fears) {
        return new IntentionSurvey(UUID.randomUUID(), UUID.randomUUID(), null, LocalDate.now(), "amal",
                InterviewLanguage.AR, true, IntentionChoice.STAY, null, null, fears, null, Instant.now(), "amal");
    }
}
