package org.safepassage.corridor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safepassage.corridor.Corridor;
import org.safepassage.corridor.CorridorDetails;
import org.safepassage.corridor.CorridorStatus;
import org.safepassage.corridor.Destination;
import org.safepassage.corridor.StatusChange;
import org.safepassage.corridor.StatusHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Corridors, the destinations they serve and their status history. */
@Repository
public class Corridors {

    // the status is derived: the latest entry of the history that has taken effect by :now
    private static final String SELECT = """
            SELECT c.*, s.status, s.effective_at AS status_since
            FROM corridor c
            LEFT JOIN LATERAL (SELECT h.status, h.effective_at FROM corridor_status_change h
                               WHERE h.corridor_id = c.id AND h.effective_at <= :now
                               ORDER BY h.effective_at DESC, h.recorded_at DESC LIMIT 1) s ON true
            """;

    private final JdbcClient jdbc;
    private final GeoJsonColumns geo;

    Corridors(JdbcClient jdbc, GeoJsonColumns geo) {
        this.jdbc = jdbc;
        this.geo = geo;
    }

    public List<Corridor> all(Instant now) {
        var destinations = destinations(null);
        return jdbc.sql(SELECT + " ORDER BY c.code").param("now", Timestamp.from(now))
                .query((rs, n) -> corridor(rs, destinations)).list();
    }

    public Optional<Corridor> find(UUID id, Instant now) {
        var destinations = destinations(id);
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("now", Timestamp.from(now)).param("id", id)
                .query((rs, n) -> corridor(rs, destinations)).optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM corridor WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    public boolean codeTaken(String code, UUID except) {
        return jdbc.sql("SELECT count(*) FROM corridor WHERE code = :code AND id IS DISTINCT FROM :except")
                .param("code", code).param("except", except).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM corridor").query(Long.class).single();
    }

    public void insert(UUID id, CorridorDetails details, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO corridor (id, code, name_en, name_ar, from_place, to_place, authority, route,
                                      from_place_ar, to_place_ar, authority_ar,
                                      created_at, created_by, updated_at, updated_by)
                VALUES (:id, :code, :nameEn, :nameAr, :from, :to, :authority, CAST(:route AS jsonb),
                        :fromAr, :toAr, :authorityAr, :now, :actor, :now, :actor)
                """)
                .params(columns(details)).param("id", id).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
        writeDestinations(id, details.destinations());
    }

    public void update(UUID id, CorridorDetails details, String actor, Instant now) {
        jdbc.sql("""
                UPDATE corridor SET code = :code, name_en = :nameEn, name_ar = :nameAr, from_place = :from,
                       to_place = :to, authority = :authority, route = CAST(:route AS jsonb),
                       from_place_ar = :fromAr, to_place_ar = :toAr, authority_ar = :authorityAr,
                       updated_at = :now, updated_by = :actor
                WHERE id = :id
                """)
                .params(columns(details)).param("id", id).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
        jdbc.sql("DELETE FROM corridor_destination WHERE corridor_id = :id").param("id", id).update();
        writeDestinations(id, details.destinations());
    }

    public void insertStatus(StatusChange change) {
        jdbc.sql("""
                INSERT INTO corridor_status_change (id, corridor_id, status, reason, effective_at, recorded_at, recorded_by)
                VALUES (:id, :corridorId, :status, :reason, :effectiveAt, :recordedAt, :recordedBy)
                """)
                .param("id", change.id()).param("corridorId", change.corridorId())
                .param("status", change.status().name()).param("reason", change.reason())
                .param("effectiveAt", Timestamp.from(change.effectiveAt()))
                .param("recordedAt", Timestamp.from(change.recordedAt())).param("recordedBy", change.recordedBy())
                .update();
    }

    public StatusHistory history(UUID corridorId) {
        return new StatusHistory(jdbc.sql("SELECT * FROM corridor_status_change WHERE corridor_id = :id")
                .param("id", corridorId)
                .query((rs, n) -> new StatusChange(rs.getObject("id", UUID.class), corridorId,
                        CorridorStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                        rs.getTimestamp("effective_at").toInstant(), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")))
                .list());
    }

    private Map<String, Object> columns(CorridorDetails details) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("code", details.code());
        columns.put("nameEn", details.nameEn());
        columns.put("nameAr", details.nameAr());
        columns.put("from", details.from());
        columns.put("to", details.to());
        columns.put("authority", details.authority());
        columns.put("fromAr", details.fromAr());
        columns.put("toAr", details.toAr());
        columns.put("authorityAr", details.authorityAr());
        columns.put("route", geo.write(details.route()));
        return columns;
    }

    private void writeDestinations(UUID corridorId, List<Destination> destinations) {
        for (int i = 0; i < destinations.size(); i++) {
            var destination = destinations.get(i);
            jdbc.sql("""
                    INSERT INTO corridor_destination (corridor_id, position, code, name_en, name_ar)
                    VALUES (:corridorId, :position, :code, :nameEn, :nameAr)
                    """)
                    .param("corridorId", corridorId).param("position", i).param("code", destination.code())
                    .param("nameEn", destination.nameEn()).param("nameAr", destination.nameAr()).update();
        }
    }

    private Map<UUID, List<Destination>> destinations(UUID corridorId) {
        Map<UUID, List<Destination>> byCorridor = new HashMap<>();
        jdbc.sql("""
                SELECT * FROM corridor_destination WHERE CAST(:id AS uuid) IS NULL OR corridor_id = :id
                ORDER BY corridor_id, position
                """)
                .param("id", corridorId)
                .query(rs -> {
                    byCorridor.computeIfAbsent(rs.getObject("corridor_id", UUID.class), k -> new ArrayList<>())
                            .add(new Destination(rs.getString("code"), rs.getString("name_en"), rs.getString("name_ar")));
                });
        return byCorridor;
    }

    private Corridor corridor(ResultSet rs, Map<UUID, List<Destination>> destinations) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String status = rs.getString("status");
        Timestamp since = rs.getTimestamp("status_since");
        return new Corridor(id, rs.getString("code"), rs.getString("name_en"), rs.getString("name_ar"),
                rs.getString("from_place"), rs.getString("to_place"), rs.getString("authority"),
                geo.readRoute(rs.getString("route")), destinations.getOrDefault(id, List.of()),
                status == null ? CorridorStatus.PLANNED : CorridorStatus.valueOf(status),
                since == null ? null : since.toInstant(), rs.getString("from_place_ar"), rs.getString("to_place_ar"),
                rs.getString("authority_ar"));
    }
}
