package org.safepassage.consent;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The intentions dashboard: people counted by their current intention. Carries no ids of people.
 *
 * @param people      people whose intention is known
 * @param households  households with at least one survey
 * @param byChoice    people per answer (a destination, stay, undecided)
 * @param destinations per destination: preferring it, consenting now, clear to travel now, held back
 * @param byOrigin    people per governorate of origin and intention category ({@link IntentionCategory} order)
 * @param byFear      people stating each fear (a person may state several)
 * @param trend       surveys recorded per month and intention category
 */
public record IntentionFigures(Count people, Count households, List<ChoiceRow> byChoice,
        List<DestinationRow> destinations, List<CategoryRow> byOrigin, List<FearRow> byFear,
        List<MonthRow> trend, boolean smallCellsSuppressed) {

    public record ChoiceRow(IntentionChoice choice, UUID destinationId, Count people) {
    }

    public record DestinationRow(UUID destinationId, Count preferred, Count consenting, Count mayTravel, Count held) {
    }

    /** @param cells one count per {@link IntentionCategory}, in its order */
    public record CategoryRow(String originPcode, List<Count> cells, Count total) {
    }

    public record FearRow(Fear fear, Count people) {
    }

    public record MonthRow(YearMonth month, List<Count> cells, Count total) {
    }

    public static List<IntentionCategory> categories() {
        return List.of(IntentionCategory.values());
    }
}
