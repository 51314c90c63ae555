package org.safepassage.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The destinations table. Whether a corridor is open to a destination is not kept here (the old
 * {@code corridor_open} column is no longer read nor written): it comes from the {@link CorridorBoard} on every read.
 */
@Repository
class Destinations {

    private final JdbcClient jdbc;
    private final ObjectProvider<CorridorBoard> board;

    Destinations(JdbcClient jdbc, ObjectProvider<CorridorBoard> board) {
        this.jdbc = jdbc;
        this.board = board;
    }

    List<Destination> all() {
        var open = openCorridors();
        return jdbc.sql("SELECT * FROM destination ORDER BY active DESC, kind, name_en").query(Destinations::map)
                .list().stream().map(d -> d.withCorridorOpen(open.contains(d.code()))).toList();
    }

    Optional<Destination> find(UUID id) {
        return id == null ? Optional.empty()
                : withBoard(jdbc.sql("SELECT * FROM destination WHERE id = :id").param("id", id)
                        .query(Destinations::map).optional());
    }

    Optional<Destination> findByCode(String code) {
        return code == null ? Optional.empty()
                : withBoard(jdbc.sql("SELECT * FROM destination WHERE code = :code")
                        .param("code", code.trim().toUpperCase()).query(Destinations::map).optional());
    }

    private Optional<Destination> withBoard(Optional<Destination> found) {
        return found.map(d -> d.withCorridorOpen(openCorridors().contains(d.code())));
    }

    private Set<String> openCorridors() {
        var source = board.getIfAvailable();
        return source == null ? Set.of() : source.destinationsWithOpenCorridor();
    }

    void insert(UUID id, SaveDestination command, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO destination (id, code, name_en, name_ar, kind, governorate_pcode,
                                         transport_available, active, changed_at, changed_by)
                VALUES (:id, :code, :nameEn, :nameAr, :kind, :pcode, :transport, :active, :now, :actor)
                """)
                .param("id", id).params(params(command)).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
    }

    void update(UUID id, SaveDestination command, String actor, Instant now) {
        jdbc.sql("""
                UPDATE destination SET name_en = :nameEn, name_ar = :nameAr, kind = :kind, governorate_pcode = :pcode,
                       transport_available = :transport, active = :active,
                       changed_at = :now, changed_by = :actor
                WHERE id = :id
                """)
                .param("id", id).params(params(command)).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
    }

    private static java.util.Map<String, Object> params(SaveDestination c) {
        var map = new java.util.HashMap<String, Object>();
        map.put("code", c.code());
        map.put("nameEn", c.nameEn());
        map.put("nameAr", c.nameAr());
        map.put("kind", c.kind().name());
        map.put("pcode", c.governoratePcode());
        map.put("transport", c.transportAvailable());
        map.put("active", c.active());
        return map;
    }

    static Destination map(ResultSet rs, int row) throws SQLException {
        return new Destination(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name_en"),
                rs.getString("name_ar"), DestinationKind.valueOf(rs.getString("kind")),
                rs.getString("governorate_pcode"), false,
                rs.getBoolean("transport_available"), rs.getBoolean("active"));
    }
}
