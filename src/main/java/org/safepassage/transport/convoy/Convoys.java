package org.safepassage.transport.convoy;

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

/** Convoys, their vehicles and their status history. */
@Repository
public class Convoys {

    private final JdbcClient jdbc;

    Convoys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Convoy> find(UUID id) {
        return id == null ? Optional.empty()
                : jdbc.sql("SELECT * FROM convoy WHERE id = :id").param("id", id).query(Convoys::convoy).optional();
    }

    public boolean refTaken(String ref, UUID except) {
        return jdbc.sql("SELECT count(*) FROM convoy WHERE lower(ref) = lower(:ref) AND id <> :except")
                .param("ref", ref).param("except", except == null ? new UUID(0, 0) : except)
                .query(Long.class).single() > 0;
    }

    /** Newest planned departure first; optionally only those in one of the statuses. */
    public Page<Convoy> page(PageRequest request, Set<ConvoyStatus> statuses) {
        String where = statuses.isEmpty() ? "" : "WHERE status IN (:statuses)";
        var names = statuses.stream().map(Enum::name).toList();
        var query = jdbc.sql("SELECT * FROM convoy " + where
                + " ORDER BY planned_departure DESC, ref LIMIT :limit OFFSET :offset")
                .param("limit", request.size()).param("offset", request.offset());
        var count = jdbc.sql("SELECT count(*) FROM convoy " + where);
        if (!statuses.isEmpty()) {
            query = query.param("statuses", names);
            count = count.param("statuses", names);
        }
        return new Page<>(query.query(Convoys::convoy).list(), request.page(), request.size(),
                count.query(Long.class).single());
    }

    public List<Convoy> inStatus(ConvoyStatus status) {
        return jdbc.sql("SELECT * FROM convoy WHERE status = :status ORDER BY planned_departure")
                .param("status", status.name()).query(Convoys::convoy).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM convoy").query(Long.class).single();
    }

    void insert(UUID id, ConvoyDetails details, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO convoy (id, ref, destination_id, corridor_id, planned_departure, expected_journey_minutes,
                                    escort, status, created_at, created_by)
                VALUES (:id, :ref, :destination, :corridor, :departure, :journey, :escort, 'PLANNING', :at, :by)
                """)
                .param("id", id).param("ref", details.ref()).param("destination", details.destinationId())
                .param("corridor", details.corridorId()).param("departure", Timestamp.from(details.plannedDeparture()))
                .param("journey", details.expectedJourneyMinutes()).param("escort", details.escort())
                .param("at", Timestamp.from(at)).param("by", by).update();
        history(id, null, ConvoyStatus.PLANNING, by, at, null);
    }

    void update(UUID id, ConvoyDetails details) {
        jdbc.sql("""
                UPDATE convoy SET ref = :ref, destination_id = :destination, corridor_id = :corridor,
                       planned_departure = :departure, expected_journey_minutes = :journey, escort = :escort
                WHERE id = :id AND status = 'PLANNING'
                """)
                .param("id", id).param("ref", details.ref()).param("destination", details.destinationId())
                .param("corridor", details.corridorId()).param("departure", Timestamp.from(details.plannedDeparture()))
                .param("journey", details.expectedJourneyMinutes()).param("escort", details.escort()).update();
    }

    /**
     * Stores a transition only if nobody moved the convoy meanwhile.
     *
     * @return whether it was stored
     */
    boolean move(Convoy convoy, Transition.Moved moved, String by, Instant at, String reason) {
        int changed = jdbc.sql("""
                UPDATE convoy SET status = :to, departed_at = :departed, arrived_at = :arrived
                WHERE id = :id AND status = :from
                """)
                .param("id", convoy.id()).param("from", moved.from().name()).param("to", moved.to().name())
                .param("departed", convoy.departedAt() == null ? null : Timestamp.from(convoy.departedAt()))
                .param("arrived", convoy.arrivedAt() == null ? null : Timestamp.from(convoy.arrivedAt()))
                .update();
        if (changed == 1) {
            history(convoy.id(), moved.from(), moved.to(), by, at, reason);
        }
        return changed == 1;
    }

    private void history(UUID id, ConvoyStatus from, ConvoyStatus to, String by, Instant at, String reason) {
        jdbc.sql("""
                INSERT INTO convoy_status_change (convoy_id, at, changed_by, from_status, to_status, reason)
                VALUES (:id, :at, :by, :from, :to, :reason)
                """)
                .param("id", id).param("at", Timestamp.from(at)).param("by", by)
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("reason", reason)
                .update();
    }

    public List<StatusChange> history(UUID convoyId) {
        return jdbc.sql("""
                SELECT at, changed_by, from_status, to_status, reason FROM convoy_status_change
                WHERE convoy_id = :id ORDER BY at DESC
                """).param("id", convoyId)
                .query((rs, n) -> new StatusChange(rs.getTimestamp("at").toInstant(), rs.getString("changed_by"),
                        rs.getString("from_status") == null ? null : ConvoyStatus.valueOf(rs.getString("from_status")),
                        ConvoyStatus.valueOf(rs.getString("to_status")), rs.getString("reason")))
                .list();
    }

    // ---- vehicles of a convoy ------------------------------------------------------------------------------

    public List<UUID> vehicleIds(UUID convoyId) {
        return jdbc.sql("""
                SELECT cv.vehicle_id FROM convoy_vehicle cv JOIN vehicle v ON v.id = cv.vehicle_id
                WHERE cv.convoy_id = :id ORDER BY v.ref
                """).param("id", convoyId).query(UUID.class).list();
    }

    /** The convoy under way (not arrived, not aborted) that holds this vehicle, other than {@code except}. */
    public Optional<UUID> convoyHolding(UUID vehicleId, UUID except) {
        return jdbc.sql("""
                SELECT c.id FROM convoy_vehicle cv JOIN convoy c ON c.id = cv.convoy_id
                WHERE cv.vehicle_id = :vehicle AND c.id <> :except AND c.status NOT IN ('ARRIVED', 'ABORTED')
                LIMIT 1
                """).param("vehicle", vehicleId).param("except", except).query(UUID.class).optional();
    }

    void addVehicle(UUID convoyId, UUID vehicleId) {
        jdbc.sql("INSERT INTO convoy_vehicle (convoy_id, vehicle_id) VALUES (:c, :v) ON CONFLICT DO NOTHING")
                .param("c", convoyId).param("v", vehicleId).update();
    }

    void removeVehicle(UUID convoyId, UUID vehicleId) {
        jdbc.sql("DELETE FROM convoy_vehicle WHERE convoy_id = :c AND vehicle_id = :v")
                .param("c", convoyId).param("v", vehicleId).update();
    }

    static Convoy convoy(ResultSet rs, int row) throws SQLException {
        Timestamp departed = rs.getTimestamp("departed_at");
        Timestamp arrived = rs.getTimestamp("arrived_at");
        return new Convoy(rs.getObject("id", UUID.class), rs.getString("ref"), rs.getObject("destination_id", UUID.class),
                rs.getObject("corridor_id", UUID.class), rs.getTimestamp("planned_departure").toInstant(),
                rs.getInt("expected_journey_minutes"), rs.getString("escort"), ConvoyStatus.valueOf(rs.getString("status")),
                departed == null ? null : departed.toInstant(), arrived == null ? null : arrived.toInstant());
    }
}
