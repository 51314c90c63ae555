package org.safepassage.transport.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Unaccounted-for alerts, open and resolved. */
@Repository
public class Alerts {

    private final JdbcClient jdbc;

    Alerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if an alert for this person at this stage of the convoy exists already */
    boolean raise(UnaccountedAlert alert) {
        return jdbc.sql("""
                INSERT INTO unaccounted_alert (id, convoy_id, individual_id, household_id, vehicle_id, cause, stage,
                    raised_at, last_seen_checkpoint_id, last_seen_at, expected_checkpoint_id, expected_by, incident_id)
                VALUES (:id, :convoy, :person, :household, :vehicle, :cause, :stage, :raised, :lastCheckpoint,
                    :lastAt, :expectedCheckpoint, :expectedBy, :incident)
                ON CONFLICT (convoy_id, individual_id, stage) DO NOTHING
                """).param("id", alert.id()).param("convoy", alert.convoyId()).param("person", alert.individualId())
                .param("household", alert.householdId()).param("vehicle", alert.vehicleId())
                .param("cause", alert.cause().name()).param("stage", alert.stage())
                .param("raised", Timestamp.from(alert.raisedAt())).param("lastCheckpoint", alert.lastSeenCheckpointId())
                .param("lastAt", Timestamp.from(alert.lastSeenAt()))
                .param("expectedCheckpoint", alert.expectedCheckpointId())
                .param("expectedBy", alert.expectedBy() == null ? null : Timestamp.from(alert.expectedBy()))
                .param("incident", alert.incidentId()).update() == 1;
    }

    /** @return false if it was resolved meanwhile */
    boolean resolve(UUID id, AlertOutcome outcome, String note, String by, Instant at) {
        return jdbc.sql("""
                UPDATE unaccounted_alert SET resolved_at = :at, resolved_by = :by, outcome = :outcome, outcome_note = :note
                WHERE id = :id AND resolved_at IS NULL
                """).param("id", id).param("at", Timestamp.from(at)).param("by", by).param("outcome", outcome.name())
                .param("note", note).update() == 1;
    }

    public Optional<UnaccountedAlert> find(UUID id) {
        return id == null ? Optional.empty()
                : jdbc.sql("SELECT * FROM unaccounted_alert WHERE id = :id").param("id", id).query(Alerts::alert)
                        .optional();
    }

    /** Open alerts first (oldest first), then resolved ones (newest first). */
    public Page<UnaccountedAlert> page(PageRequest request, boolean openOnly) {
        String where = openOnly ? "WHERE resolved_at IS NULL" : "";
        var items = jdbc.sql("SELECT * FROM unaccounted_alert " + where
                + " ORDER BY resolved_at IS NOT NULL, CASE WHEN resolved_at IS NULL THEN raised_at END,"
                + " resolved_at DESC LIMIT :limit OFFSET :offset")
                .param("limit", request.size()).param("offset", request.offset()).query(Alerts::alert).list();
        long total = jdbc.sql("SELECT count(*) FROM unaccounted_alert " + where).query(Long.class).single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    public List<UnaccountedAlert> ofConvoy(UUID convoyId) {
        return jdbc.sql("SELECT * FROM unaccounted_alert WHERE convoy_id = :convoy ORDER BY raised_at")
                .param("convoy", convoyId).query(Alerts::alert).list();
    }

    /** People of the convoy with an alert still open. */
    public Set<UUID> openFor(UUID convoyId) {
        return Set.copyOf(jdbc.sql("""
                SELECT individual_id FROM unaccounted_alert WHERE convoy_id = :convoy AND resolved_at IS NULL
                """).param("convoy", convoyId).query(UUID.class).list());
    }

    public long openCount() {
        return jdbc.sql("SELECT count(*) FROM unaccounted_alert WHERE resolved_at IS NULL").query(Long.class).single();
    }

    private static UnaccountedAlert alert(ResultSet rs, int n) throws SQLException {
        Timestamp expected = rs.getTimestamp("expected_by");
        Timestamp resolved = rs.getTimestamp("resolved_at");
        String outcome = rs.getString("outcome");
        return new UnaccountedAlert(rs.getObject("id", UUID.class), rs.getObject("convoy_id", UUID.class),
                rs.getObject("individual_id", UUID.class), rs.getObject("household_id", UUID.class),
                rs.getObject("vehicle_id", UUID.class), AlertCause.valueOf(rs.getString("cause")), rs.getString("stage"),
                rs.getTimestamp("raised_at").toInstant(), rs.getObject("last_seen_checkpoint_id", UUID.class),
                rs.getTimestamp("last_seen_at").toInstant(), rs.getObject("expected_checkpoint_id", UUID.class),
                expected == null ? null : expected.toInstant(), rs.getObject("incident_id", UUID.class),
                resolved == null ? null : resolved.toInstant(), rs.getString("resolved_by"),
                outcome == null ? null : AlertOutcome.valueOf(outcome), rs.getString("outcome_note"));
    }
}
