package org.safepassage.transport.fleet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fleet's table. */
@Repository
public class Vehicles {

    private final JdbcClient jdbc;

    Vehicles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Vehicle> find(UUID id) {
        return jdbc.sql("SELECT * FROM vehicle WHERE id = :id").param("id", id).query(Vehicles::vehicle).optional();
    }

    public Optional<Vehicle> findByRef(String ref) {
        return jdbc.sql("SELECT * FROM vehicle WHERE lower(ref) = lower(:ref)").param("ref", ref)
                .query(Vehicles::vehicle).optional();
    }

    public List<Vehicle> all(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM vehicle WHERE id IN (:ids) ORDER BY ref").param("ids", ids)
                .query(Vehicles::vehicle).list();
    }

    public Page<Vehicle> page(PageRequest request) {
        var items = jdbc.sql("SELECT * FROM vehicle ORDER BY active DESC, ref LIMIT :limit OFFSET :offset")
                .param("limit", request.size()).param("offset", request.offset()).query(Vehicles::vehicle).list();
        long total = jdbc.sql("SELECT count(*) FROM vehicle").query(Long.class).single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Active vehicles not committed to a convoy that is still under way (not arrived, not aborted). */
    public List<Vehicle> available() {
        return jdbc.sql("""
                SELECT v.* FROM vehicle v
                WHERE v.active AND NOT EXISTS (
                    SELECT 1 FROM convoy_vehicle cv JOIN convoy c ON c.id = cv.convoy_id
                    WHERE cv.vehicle_id = v.id AND c.status NOT IN ('ARRIVED', 'ABORTED'))
                ORDER BY v.ref
                """).query(Vehicles::vehicle).list();
    }

    void insert(UUID id, VehicleDetails details, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO vehicle (id, ref, kind, seats, medical_seats, wheelchair_spaces, operator, driver_contact,
                                     active, changed_at, changed_by)
                VALUES (:id, :ref, :kind, :seats, :medical, :wheelchair, :operator, :driver, :active, :at, :by)
                """).params(params(id, details, by, at)).update();
    }

    void update(UUID id, VehicleDetails details, String by, Instant at) {
        jdbc.sql("""
                UPDATE vehicle SET ref = :ref, kind = :kind, seats = :seats, medical_seats = :medical,
                       wheelchair_spaces = :wheelchair, operator = :operator, driver_contact = :driver,
                       active = :active, changed_at = :at, changed_by = :by
                WHERE id = :id
                """).params(params(id, details, by, at)).update();
    }

    private static java.util.Map<String, Object> params(UUID id, VehicleDetails details, String by, Instant at) {
        var params = new java.util.HashMap<String, Object>();
        params.put("id", id);
        params.put("ref", details.ref());
        params.put("kind", details.kind().name());
        params.put("seats", details.seats());
        params.put("medical", details.medicalSeats());
        params.put("wheelchair", details.wheelchairSpaces());
        params.put("operator", details.operator());
        params.put("driver", details.driverContact());
        params.put("active", details.active());
        params.put("at", Timestamp.from(at));
        params.put("by", by);
        return params;
    }

    static Vehicle vehicle(ResultSet rs, int row) throws SQLException {
        return new Vehicle(rs.getObject("id", UUID.class), rs.getString("ref"), VehicleKind.valueOf(rs.getString("kind")),
                rs.getInt("seats"), rs.getInt("medical_seats"), rs.getInt("wheelchair_spaces"), rs.getString("operator"),
                rs.getString("driver_contact"), rs.getBoolean("active"));
    }
}
