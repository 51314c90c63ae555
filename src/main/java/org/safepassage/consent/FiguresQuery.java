package org.safepassage.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts for the intentions dashboard, straight from this module's tables; suppressed on request. */
@Component
class FiguresQuery {

    private static final int TREND_MONTHS = 12;

    private final JdbcClient jdbc;
    private final Destinations destinations;
    private final Consents consents;
    private final TravelClearance clearance;
    private final Clock clock;

    FiguresQuery(JdbcClient jdbc, Destinations destinations, Consents consents, TravelClearance clearance,
            Clock clock) {
        this.jdbc = jdbc;
        this.destinations = destinations;
        this.consents = consents;
        this.clearance = clearance;
        this.clock = clock;
    }

    IntentionFigures figures(boolean suppress) {
        LongFunction<Count> cell = suppress ? SmallCells::suppress : Count::of;
        long people = jdbc.sql("SELECT count(*) FROM current_intention").query(Long.class).single();
        long households = jdbc.sql("SELECT count(DISTINCT household_id) FROM current_intention").query(Long.class)
                .single();

        record Choice(IntentionChoice choice, UUID destination, long people) {
        }
        List<Choice> choices = jdbc.sql("""
                SELECT s.choice, s.preferred_destination_id, count(*) AS people
                FROM current_intention c JOIN intention_survey s ON s.id = c.survey_id
                GROUP BY s.choice, s.preferred_destination_id
                ORDER BY people DESC, s.choice
                """).query((rs, n) -> new Choice(IntentionChoice.valueOf(rs.getString("choice")),
                rs.getObject("preferred_destination_id", UUID.class), rs.getLong("people"))).list();
        List<Count> choiceCounts = suppress ? SmallCells.suppressGroup(choices.stream().map(Choice::people).toList())
                : choices.stream().map(c -> Count.of(c.people())).toList();
        List<IntentionFigures.ChoiceRow> byChoice = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            byChoice.add(new IntentionFigures.ChoiceRow(choices.get(i).choice(), choices.get(i).destination(),
                    choiceCounts.get(i)));
        }

        Map<UUID, Long> preferred = new HashMap<>();
        choices.stream().filter(c -> c.destination() != null).forEach(c -> preferred.put(c.destination(), c.people()));
        Map<UUID, Long> consenting = consents.currentCountsByDestination(LocalDate.now(clock));
        Map<UUID, Long> held = new HashMap<>();
        jdbc.sql("""
                SELECT destination_id, count(DISTINCT individual_id) AS people FROM protection_hold
                WHERE released_at IS NULL GROUP BY destination_id
                """).query(rs -> {
                    held.put(rs.getObject("destination_id", UUID.class), rs.getLong("people"));
                });
        List<IntentionFigures.DestinationRow> destinationRows = destinations.all().stream()
                .map(d -> new IntentionFigures.DestinationRow(d.id(), cell.apply(preferred.getOrDefault(d.id(), 0L)),
                        cell.apply(consenting.getOrDefault(d.id(), 0L)),
                        cell.apply(consenting.containsKey(d.id()) ? clearance.whoMayTravelTo(d.id()).size() : 0),
                        cell.apply(held.getOrDefault(d.id(), 0L))))
                .toList();

        Map<String, long[]> origins = new TreeMap<>();
        jdbc.sql("""
                SELECT coalesce(s.origin_pcode, '') AS origin, s.choice, d.kind, count(*) AS people
                FROM current_intention c JOIN intention_survey s ON s.id = c.survey_id
                LEFT JOIN destination d ON d.id = s.preferred_destination_id
                GROUP BY 1, 2, 3
                """).query(rs -> {
                    origins.computeIfAbsent(rs.getString("origin"), k -> new long[IntentionCategory.values().length])
                            [category(rs.getString("choice"), rs.getString("kind")).ordinal()] += rs.getLong("people");
                });
        List<IntentionFigures.CategoryRow> byOrigin = origins.entrySet().stream()
                .map(e -> new IntentionFigures.CategoryRow(e.getKey().isEmpty() ? null : e.getKey(),
                        cells(e.getValue(), suppress), cell.apply(sum(e.getValue()))))
                .toList();

        List<IntentionFigures.FearRow> byFear = new ArrayList<>();
        Map<Fear, Long> fears = new HashMap<>();
        jdbc.sql("""
                SELECT f.fear, count(DISTINCT c.individual_id) AS people
                FROM current_intention c JOIN intention_fear f ON f.survey_id = c.survey_id
                GROUP BY f.fear
                """).query(rs -> {
                    fears.put(Fear.valueOf(rs.getString("fear")), rs.getLong("people"));
                });
        for (Fear fear : Fear.values()) {
            byFear.add(new IntentionFigures.FearRow(fear, cell.apply(fears.getOrDefault(fear, 0L))));
        }

        Map<YearMonth, long[]> months = new TreeMap<>();
        jdbc.sql("""
                SELECT to_char(s.surveyed_on, 'YYYY-MM') AS month, s.choice, d.kind, count(*) AS surveys
                FROM intention_survey s LEFT JOIN destination d ON d.id = s.preferred_destination_id
                WHERE s.surveyed_on >= :since
                GROUP BY 1, 2, 3
                """).param("since", java.sql.Date.valueOf(YearMonth.now(clock).minusMonths(TREND_MONTHS - 1).atDay(1)))
                .query(rs -> {
                    months.computeIfAbsent(YearMonth.parse(rs.getString("month")),
                            k -> new long[IntentionCategory.values().length])
                            [category(rs.getString("choice"), rs.getString("kind")).ordinal()] += rs.getLong("surveys");
                });
        List<IntentionFigures.MonthRow> trend = months.entrySet().stream()
                .map(e -> new IntentionFigures.MonthRow(e.getKey(), cells(e.getValue(), suppress),
                        cell.apply(sum(e.getValue()))))
                .toList();

        return new IntentionFigures(cell.apply(people), cell.apply(households), byChoice, destinationRows, byOrigin,
                byFear, trend, suppress);
    }

    private static IntentionCategory category(String choice, String kind) {
        return IntentionCategory.of(IntentionChoice.valueOf(choice), kind == null ? null : DestinationKind.valueOf(kind));
    }

    private static List<Count> cells(long[] values, boolean suppress) {
        List<Long> list = java.util.Arrays.stream(values).boxed().toList();
        return suppress ? SmallCells.suppressGroup(list) : list.stream().map(Count::of).toList();
    }

    private static long sum(long[] values) {
        return java.util.Arrays.stream(values).sum();
    }
}
