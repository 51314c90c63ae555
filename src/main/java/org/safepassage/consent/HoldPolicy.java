package org.safepassage.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.consent.Residents.Resident;

/**
 * When a person who is to travel to a destination must first be seen by a protection officer: their
 * registry record carries a needs code flagged as danger on return or at checkpoints (refoulement, formerly
 * associated with armed forces or groups, in hiding, at risk due to profile, torture survivor...), or their
 * current intention states a fear of arrest, conscription or torture concerning that destination.
 */
final class HoldPolicy {

    private HoldPolicy() {
    }

    /**
     * One reason to hold a person back.
     *
     * @param key identifies the cause, so that a cause a protection officer has released is not raised again
     */
    record Cause(HoldBasis basis, String key, String detail) {
    }

    static List<Cause> causes(Resident person, Set<String> holdCodes, Optional<IntentionSurvey> currentIntention,
            UUID destinationId) {
        List<Cause> causes = new ArrayList<>();
        new TreeSet<>(person.specificNeeds()).stream()
                .filter(holdCodes::contains)
                .forEach(code -> causes.add(new Cause(HoldBasis.SPECIFIC_NEED, "need:" + code, code)));
        currentIntention.filter(s -> s.fearsTheAuthoritiesAt(destinationId)).ifPresent(survey -> {
            String fears = survey.fears().stream()
                    .filter(f -> Fear.OF_THE_AUTHORITIES.contains(f.fear()) && f.concerns(destinationId))
                    .map(f -> f.fear().name()).sorted().collect(Collectors.joining(","));
            causes.add(new Cause(HoldBasis.STATED_FEAR, "fear:" + survey.id(), fears));
        });
        return causes;
    }
}
