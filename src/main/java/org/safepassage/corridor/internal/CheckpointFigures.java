package org.safepassage.corridor.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.safepassage.corridor.CheckpointDay;
import org.safepassage.corridor.ServiceType;
import org.safepassage.corridor.Throughput;
import org.safepassage.corridor.TravelTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Figures computed from the events in force: throughput per hour and day, travel times from the camp. */
@Repository
public class CheckpointFigures {

    private final JdbcClient jdbc;

    CheckpointFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Passages at a checkpoint from the start of {@code from} to the end of {@code to}, in the given zone. */
    public Throughput throughput(UUID checkpointId, LocalDate from, LocalDate to, ZoneId zone) {
        var start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        var end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        String select = """
                SELECT date_trunc('%s', e.occurred_at AT TIME ZONE :zone) AS period,
                       sum(e.person_count) AS people, count(DISTINCT e.household_id) AS households
                FROM checkpoint_event_in_force e
                WHERE e.kind = 'PASSAGE' AND e.checkpoint_id = :checkpoint AND e.occurred_at >= :start AND e.occurred_at < :end
                GROUP BY 1 ORDER BY 1
                """;
        var hours = jdbc.sql(select.formatted("hour"))
                .param("zone", zone.getId()).param("checkpoint", checkpointId).param("start", start).param("end", end)
                .query((rs, n) -> new Throughput.Hour(rs.getObject("period", LocalDateTime.class), rs.getLong("people"),
                        rs.getLong("households")))
                .list();
        var days = jdbc.sql(select.formatted("day"))
                .param("zone", zone.getId()).param("checkpoint", checkpointId).param("start", start).param("end", end)
                .query((rs, n) -> new Throughput.Day(rs.getObject("period", LocalDateTime.class).toLocalDate(),
                        rs.getLong("people"), rs.getLong("households")))
                .list();
        return new Throughput(checkpointId, from, to, hours, days);
    }

    /** Every checkpoint's passages and services on one day; checkpoints without any are left out. */
    public Map<UUID, CheckpointDay> day(LocalDate day, ZoneId zone) {
        var start = Timestamp.from(day.atStartOfDay(zone).toInstant());
        var end = Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant());
        Map<UUID, long[]> passages = new HashMap<>();
        jdbc.sql("""
                SELECT checkpoint_id, sum(person_count) AS people, count(DISTINCT household_id) AS households
                FROM checkpoint_event_in_force
                WHERE kind = 'PASSAGE' AND occurred_at >= :start AND occurred_at < :end
                GROUP BY checkpoint_id
                """)
                .param("start", start).param("end", end)
                .query(rs -> {
                    passages.put(rs.getObject("checkpoint_id", UUID.class),
                            new long[] {rs.getLong("people"), rs.getLong("households")});
                });
        Map<UUID, Map<ServiceType, Long>> services = new HashMap<>();
        jdbc.sql("""
                SELECT checkpoint_id, service, count(*) AS n
                FROM checkpoint_event_in_force
                WHERE kind = 'SERVICE' AND occurred_at >= :start AND occurred_at < :end
                GROUP BY checkpoint_id, service
                """)
                .param("start", start).param("end", end)
                .query(rs -> {
                    services.computeIfAbsent(rs.getObject("checkpoint_id", UUID.class),
                            k -> new EnumMap<>(ServiceType.class))
                            .put(ServiceType.valueOf(rs.getString("service")), rs.getLong("n"));
                });
        Map<UUID, CheckpointDay> days = new HashMap<>();
        passages.keySet().forEach(id -> days.put(id, CheckpointDay.none(id, day)));
        services.keySet().forEach(id -> days.put(id, CheckpointDay.none(id, day)));
        days.replaceAll((id, none) -> {
            long[] counts = passages.getOrDefault(id, new long[2]);
            return new CheckpointDay(id, day, counts[0], counts[1], services.getOrDefault(id, Map.of()));
        });
        return days;
    }

    /** See {@link TravelTime} for how the time from the camp to each checkpoint is measured. */
    public List<TravelTime> travelTimes(UUID corridorId) {
        return jdbc.sql("""
                WITH departures AS (
                    SELECT convoy_id, min(departed_camp_at) AS departed
                    FROM checkpoint_event_in_force
                    WHERE kind = 'PASSAGE' AND convoy_id IS NOT NULL AND departed_camp_at IS NOT NULL
                    GROUP BY convoy_id
                ), arrivals AS (
                    SELECT e.convoy_id, e.checkpoint_id, min(e.occurred_at) AS reached
                    FROM checkpoint_event_in_force e JOIN checkpoint c ON c.id = e.checkpoint_id
                    WHERE e.kind = 'PASSAGE' AND e.convoy_id IS NOT NULL AND c.corridor_id = :corridor
                    GROUP BY e.convoy_id, e.checkpoint_id
                ), trips AS (
                    SELECT a.checkpoint_id, extract(epoch FROM a.reached - d.departed) / 60 AS minutes
                    FROM arrivals a JOIN departures d ON d.convoy_id = a.convoy_id
                )
                SELECT c.id, c.sequence, c.expected_minutes, count(t.minutes) AS convoys,
                       CAST(round(percentile_cont(0.5) WITHIN GROUP (ORDER BY t.minutes)) AS int) AS median,
                       CAST(round(max(t.minutes)) AS int) AS longest
                FROM checkpoint c LEFT JOIN trips t ON t.checkpoint_id = c.id
                WHERE c.corridor_id = :corridor
                GROUP BY c.id, c.sequence, c.expected_minutes
                ORDER BY c.sequence
                """)
                .param("corridor", corridorId)
                .query((rs, n) -> new TravelTime(rs.getObject("id", UUID.class), rs.getInt("sequence"),
                        rs.getInt("expected_minutes"), rs.getInt("convoys"), rs.getObject("median", Integer.class),
                        rs.getObject("longest", Integer.class)))
                .list();
    }
}
