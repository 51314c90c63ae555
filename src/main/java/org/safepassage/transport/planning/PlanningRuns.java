package org.safepassage.transport.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** Planning runs, their instances and best plans, and the flags raised on them: all in PostgreSQL. */
@Repository
public class PlanningRuns {

    /** A run still marked SOLVING this long after its time limit belongs to an application that stopped. */
    static final Duration STALE_AFTER_LIMIT = Duration.ofMinutes(1);

    private static final String RUN_COLUMNS = """
            r.*,
            (SELECT count(*) FROM planning_unit u WHERE u.run_id = r.id) AS units,
            (SELECT coalesce(sum(u.size), 0) FROM planning_unit u WHERE u.run_id = r.id) AS people,
            (SELECT count(*) FROM planning_unit u WHERE u.run_id = r.id AND (r.best_plan ->> u.ref) IS NOT NULL) AS placed_units,
            (SELECT coalesce(sum(u.size), 0) FROM planning_unit u WHERE u.run_id = r.id AND (r.best_plan ->> u.ref) IS NOT NULL)
                AS placed_people,
            (SELECT count(*) FROM plan_flag f WHERE f.run_id = r.id) AS flags
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PlanningRuns(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(UUID runId, UUID convoyId, String by, Instant at, Duration limit, PlanningDraft draft) {
        jdbc.sql("""
                INSERT INTO planning_run (id, convoy_id, status, started_at, started_by, time_limit_s)
                VALUES (:id, :convoy, 'SOLVING', :at, :by, :limit)
                """).param("id", runId).param("convoy", convoyId).param("at", Timestamp.from(at)).param("by", by)
                .param("limit", (int) Math.max(1, limit.toSeconds())).update();
        template.batchUpdate("""
                INSERT INTO planning_unit (run_id, ref, household_id, individual_ids, whole_household, size,
                                           medical_seats, wheelchair_spaces, priority, registered_on, block)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, draft.units(), 500, (ps, unit) -> {
                    ps.setObject(1, runId);
                    ps.setString(2, unit.ref());
                    ps.setObject(3, unit.householdId());
                    ps.setArray(4, ps.getConnection().createArrayOf("uuid", unit.individualIds().toArray()));
                    ps.setBoolean(5, unit.wholeHousehold());
                    ps.setInt(6, unit.size());
                    ps.setInt(7, unit.medicalSeats());
                    ps.setInt(8, unit.wheelchairSpaces());
                    ps.setInt(9, unit.priority());
                    ps.setObject(10, unit.registeredOn());
                    ps.setString(11, unit.block());
                });
        for (var vehicle : draft.vehicles()) {
            jdbc.sql("""
                    INSERT INTO planning_vehicle (run_id, vehicle_id, ref, seats, medical_seats, wheelchair_spaces)
                    VALUES (:run, :vehicle, :ref, :seats, :medical, :wheelchair)
                    """).param("run", runId).param("vehicle", vehicle.vehicleId()).param("ref", vehicle.ref())
                    .param("seats", vehicle.seats()).param("medical", vehicle.medicalSeats())
                    .param("wheelchair", vehicle.wheelchairSpaces()).update();
        }
    }

    /** Keeps a better plan as soon as it is found. */
    void improved(UUID runId, String score, boolean feasible, Duration elapsed, Map<String, String> plan) {
        jdbc.sql("""
                UPDATE planning_run SET score = :score, feasible = :feasible, elapsed_ms = :elapsed,
                       best_plan = jsonb_object(:units, :vehicles), improvements = improvements + 1
                WHERE id = :id AND status = 'SOLVING'
                """).params(planParams(runId, score, feasible, elapsed, plan)).update();
    }

    /** The final plan; STOPPED if someone asked the run to stop, FINISHED otherwise. */
    void finished(UUID runId, String score, boolean feasible, Duration elapsed, Map<String, String> plan, Instant at) {
        var params = planParams(runId, score, feasible, elapsed, plan);
        params.put("at", Timestamp.from(at));
        jdbc.sql("""
                UPDATE planning_run SET score = :score, feasible = :feasible, elapsed_ms = :elapsed,
                       best_plan = jsonb_object(:units, :vehicles), finished_at = :at,
                       status = CASE WHEN stop_requested THEN 'STOPPED' ELSE 'FINISHED' END
                WHERE id = :id AND status IN ('SOLVING', 'INTERRUPTED')
                """).params(params).update();
    }

    void failed(UUID runId, String failure, Instant at) {
        jdbc.sql("""
                UPDATE planning_run SET status = 'FAILED', failure = :failure, finished_at = :at
                WHERE id = :id AND status = 'SOLVING'
                """).param("id", runId).param("failure", failure).param("at", Timestamp.from(at)).update();
    }

    void requestStop(UUID runId) {
        jdbc.sql("UPDATE planning_run SET stop_requested = true WHERE id = :id").param("id", runId).update();
    }

    /** Marks runs as interrupted when they stopped solving without finishing (their best plan stays). */
    void interrupt(UUID runId, Instant at) {
        jdbc.sql("""
                UPDATE planning_run SET status = 'INTERRUPTED', finished_at = :at WHERE id = :id AND status = 'SOLVING'
                """).param("id", runId).param("at", Timestamp.from(at)).update();
    }

    /** Runs marked SOLVING well past their time limit: the application that solved them stopped. */
    List<UUID> stale(Instant now) {
        return jdbc.sql("""
                SELECT id FROM planning_run
                WHERE status = 'SOLVING' AND started_at + make_interval(secs => time_limit_s + :grace) < :now
                """).param("grace", (int) STALE_AFTER_LIMIT.toSeconds()).param("now", Timestamp.from(now))
                .query(UUID.class).list();
    }

    public Optional<PlanningRun> find(UUID runId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM planning_run r WHERE r.id = :id").param("id", runId)
                .query(PlanningRuns::run).optional();
    }

    public Optional<PlanningRun> latest(UUID convoyId) {
        return jdbc.sql("SELECT " + RUN_COLUMNS
                + " FROM planning_run r WHERE r.convoy_id = :convoy ORDER BY r.started_at DESC, r.id DESC LIMIT 1")
                .param("convoy", convoyId).query(PlanningRuns::run).optional();
    }

    /** The run's units, most vulnerable first, with the vehicle the best plan gives each. */
    public List<PlannedUnit> plan(UUID runId) {
        return jdbc.sql("""
                SELECT u.*, u.ref AS household_ref, v.vehicle_id, v.ref AS vehicle_ref
                FROM planning_unit u
                JOIN planning_run r ON r.id = u.run_id
                LEFT JOIN planning_vehicle v ON v.run_id = u.run_id AND v.ref = (r.best_plan ->> u.ref)
                WHERE u.run_id = :run
                ORDER BY v.ref NULLS LAST, u.priority DESC, u.registered_on, u.ref
                """).param("run", runId).query((rs, n) -> new PlannedUnit(unit(rs), rs.getObject("vehicle_id", UUID.class),
                        rs.getString("vehicle_ref"))).list();
    }

    public List<VehicleDraft> vehicles(UUID runId) {
        return jdbc.sql("SELECT * FROM planning_vehicle WHERE run_id = :run ORDER BY ref").param("run", runId)
                .query((rs, n) -> new VehicleDraft(rs.getObject("vehicle_id", UUID.class), rs.getString("ref"),
                        rs.getInt("seats"), rs.getInt("medical_seats"), rs.getInt("wheelchair_spaces"))).list();
    }

    // ---- flags --------------------------------------------------------------------------------------------

    /** The latest run of each convoy still planning or not yet departed whose destination is given. */
    List<UUID> latestRunsOfConvoysTo(UUID destinationId, List<String> statuses) {
        return jdbc.sql("""
                SELECT DISTINCT ON (r.convoy_id) r.id FROM planning_run r JOIN convoy c ON c.id = r.convoy_id
                WHERE c.destination_id = :destination AND c.status IN (:statuses)
                ORDER BY r.convoy_id, r.started_at DESC, r.id DESC
                """).param("destination", destinationId).param("statuses", statuses).query(UUID.class).list();
    }

    /** The latest run of each convoy in one of the statuses, whatever its destination. */
    List<UUID> latestRunsOfOpenConvoys(List<String> statuses) {
        return jdbc.sql("""
                SELECT DISTINCT ON (r.convoy_id) r.id FROM planning_run r JOIN convoy c ON c.id = r.convoy_id
                WHERE c.status IN (:statuses)
                ORDER BY r.convoy_id, r.started_at DESC, r.id DESC
                """).param("statuses", statuses).query(UUID.class).list();
    }

    /** Of the given runs, those whose instance holds the person. */
    List<UUID> holding(List<UUID> runIds, UUID individualId) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT run_id FROM planning_unit WHERE run_id IN (:runs) AND :person = ANY (individual_ids)
                """).param("runs", runIds).param("person", individualId).query(UUID.class).list();
    }

    /** Of the given runs, those whose instance holds a unit of the household. */
    List<UUID> holdingHousehold(List<UUID> runIds, UUID householdId) {
        if (runIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT run_id FROM planning_unit WHERE run_id IN (:runs) AND household_id = :household")
                .param("runs", runIds).param("household", householdId).query(UUID.class).list();
    }

    void flag(PlanFlag flag, UUID sourceEventId) {
        jdbc.sql("""
                INSERT INTO plan_flag (id, run_id, at, reason, individual_id, household_id, source_event_id)
                VALUES (:id, :run, :at, :reason, :person, :household, :source)
                """).param("id", flag.id()).param("run", flag.runId()).param("at", Timestamp.from(flag.at()))
                .param("reason", flag.reason().name()).param("person", flag.individualId())
                .param("household", flag.householdId()).param("source", sourceEventId).update();
    }

    public List<PlanFlag> flags(UUID runId) {
        return jdbc.sql("SELECT * FROM plan_flag WHERE run_id = :run ORDER BY at DESC").param("run", runId)
                .query((rs, n) -> new PlanFlag(rs.getObject("id", UUID.class), runId, rs.getTimestamp("at").toInstant(),
                        FlagReason.valueOf(rs.getString("reason")), rs.getObject("individual_id", UUID.class),
                        rs.getObject("household_id", UUID.class))).list();
    }

    // ---- mapping ------------------------------------------------------------------------------------------

    private static Map<String, Object> planParams(UUID runId, String score, boolean feasible, Duration elapsed,
            Map<String, String> plan) {
        var params = new java.util.HashMap<String, Object>();
        params.put("id", runId);
        params.put("score", score);
        params.put("feasible", feasible);
        params.put("elapsed", elapsed.toMillis());
        params.put("units", new SqlArrayValue("text", plan.keySet().toArray()));
        params.put("vehicles", new SqlArrayValue("text", plan.keySet().stream().map(plan::get).toArray()));
        return params;
    }

    private static PlanningRun run(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        Object feasible = rs.getObject("feasible");
        return new PlanningRun(rs.getObject("id", UUID.class), rs.getObject("convoy_id", UUID.class),
                RunStatus.valueOf(rs.getString("status")), rs.getTimestamp("started_at").toInstant(),
                rs.getString("started_by"), rs.getInt("time_limit_s"), rs.getBoolean("stop_requested"),
                Duration.ofMillis(rs.getLong("elapsed_ms")), rs.getString("score"), (Boolean) feasible,
                rs.getInt("improvements"), finished == null ? null : finished.toInstant(), rs.getString("failure"),
                rs.getInt("units"), rs.getInt("people"), rs.getInt("placed_units"), rs.getInt("placed_people"),
                rs.getInt("flags"));
    }

    private static UnitDraft unit(ResultSet rs) throws SQLException {
        UUID[] people = (UUID[]) rs.getArray("individual_ids").getArray();
        return new UnitDraft(rs.getString("ref"), rs.getObject("household_id", UUID.class), rs.getString("household_ref"),
                Arrays.asList(people), rs.getBoolean("whole_household"), rs.getInt("medical_seats"),
                rs.getInt("wheelchair_spaces"), rs.getInt("priority"), rs.getObject("registered_on", java.time.LocalDate.class),
                rs.getString("block"));
    }
}
