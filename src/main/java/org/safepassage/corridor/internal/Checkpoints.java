package org.safepassage.corridor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safepassage.corridor.Availability;
import org.safepassage.corridor.Checkpoint;
import org.safepassage.corridor.CheckpointDetails;
import org.safepassage.corridor.GeoPoint;
import org.safepassage.corridor.OpeningHours;
import org.safepassage.corridor.ServiceOffer;
import org.safepassage.corridor.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checkpoints along the corridors, in order from the camp, and the services they offer. */
@Repository
public class Checkpoints {

    private final JdbcClient jdbc;

    Checkpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Checkpoint> ofCorridor(UUID corridorId) {
        return query("WHERE corridor_id = :id ORDER BY sequence", corridorId);
    }

    public List<Checkpoint> all() {
        return query("WHERE CAST(:id AS uuid) IS NULL ORDER BY corridor_id, sequence", null);
    }

    public Optional<Checkpoint> find(UUID id) {
        return query("WHERE id = :id", id).stream().findFirst();
    }

    public boolean codeTaken(String code, UUID except) {
        return jdbc.sql("SELECT count(*) FROM checkpoint WHERE code = :code AND id IS DISTINCT FROM :except")
                .param("code", code).param("except", except).query(Long.class).single() > 0;
    }

    public void insert(UUID id, UUID corridorId, CheckpointDetails details, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO checkpoint (id, corridor_id, code, name_en, name_ar, sequence, longitude, latitude,
                                        expected_minutes, operator, opens_at, closes_at, capacity_per_hour,
                                        liaison_name, liaison_phone, operator_ar,
                                        created_at, created_by, updated_at, updated_by)
                VALUES (:id, :corridorId, :code, :nameEn, :nameAr, :sequence, :longitude, :latitude,
                        :expectedMinutes, :operator, :opensAt, :closesAt, :capacity,
                        :liaisonName, :liaisonPhone, :operatorAr, :now, :actor, :now, :actor)
                """)
                .params(columns(details)).param("id", id).param("corridorId", corridorId)
                .param("now", Timestamp.from(now)).param("actor", actor).update();
    }

    public void update(UUID id, CheckpointDetails details, String actor, Instant now) {
        jdbc.sql("""
                UPDATE checkpoint SET code = :code, name_en = :nameEn, name_ar = :nameAr, sequence = :sequence,
                       longitude = :longitude, latitude = :latitude, expected_minutes = :expectedMinutes,
                       operator = :operator, opens_at = :opensAt, closes_at = :closesAt, capacity_per_hour = :capacity,
                       liaison_name = :liaisonName, liaison_phone = :liaisonPhone, operator_ar = :operatorAr,
                       updated_at = :now, updated_by = :actor
                WHERE id = :id
                """)
                .params(columns(details)).param("id", id).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
    }

    /** Replaces the services a checkpoint offers: services left out are no longer offered. */
    public void replaceServices(UUID checkpointId, List<ServiceOffer> offers, String actor, Instant now) {
        jdbc.sql("DELETE FROM checkpoint_service WHERE checkpoint_id = :id").param("id", checkpointId).update();
        for (var offer : offers) {
            jdbc.sql("""
                    INSERT INTO checkpoint_service (checkpoint_id, service, availability, updated_at, updated_by)
                    VALUES (:id, :service, :availability, :now, :actor)
                    """)
                    .param("id", checkpointId).param("service", offer.service().name())
                    .param("availability", offer.availability().name()).param("now", Timestamp.from(now))
                    .param("actor", actor).update();
        }
    }

    private List<Checkpoint> query(String where, UUID id) {
        Map<UUID, List<ServiceOffer>> services = services();
        return jdbc.sql("SELECT * FROM checkpoint " + where).param("id", id)
                .query((rs, n) -> checkpoint(rs, services)).list();
    }

    private Map<UUID, List<ServiceOffer>> services() {
        Map<UUID, List<ServiceOffer>> byCheckpoint = new HashMap<>();
        jdbc.sql("SELECT * FROM checkpoint_service").query(rs -> {
            byCheckpoint.computeIfAbsent(rs.getObject("checkpoint_id", UUID.class), k -> new ArrayList<>())
                    .add(new ServiceOffer(ServiceType.valueOf(rs.getString("service")),
                            Availability.valueOf(rs.getString("availability"))));
        });
        byCheckpoint.values().forEach(offers -> offers.sort(java.util.Comparator.comparing(ServiceOffer::service)));
        return byCheckpoint;
    }

    private static Checkpoint checkpoint(ResultSet rs, Map<UUID, List<ServiceOffer>> services) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Time opens = rs.getTime("opens_at");
        Time closes = rs.getTime("closes_at");
        return new Checkpoint(id, rs.getObject("corridor_id", UUID.class), rs.getString("code"),
                rs.getString("name_en"), rs.getString("name_ar"), rs.getInt("sequence"),
                new GeoPoint(rs.getDouble("longitude"), rs.getDouble("latitude")), rs.getInt("expected_minutes"),
                rs.getString("operator"),
                opens == null ? OpeningHours.AROUND_THE_CLOCK : new OpeningHours(opens.toLocalTime(), closes.toLocalTime()),
                rs.getObject("capacity_per_hour", Integer.class), rs.getString("liaison_name"),
                rs.getString("liaison_phone"), services.getOrDefault(id, List.of()), rs.getString("operator_ar"));
    }

    private static Map<String, Object> columns(CheckpointDetails details) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("code", details.code());
        columns.put("nameEn", details.nameEn());
        columns.put("nameAr", details.nameAr());
        columns.put("sequence", details.sequence());
        columns.put("longitude", details.position().longitude());
        columns.put("latitude", details.position().latitude());
        columns.put("expectedMinutes", details.expectedMinutesFromCamp());
        columns.put("operator", details.operator());
        columns.put("opensAt", time(details.openingHours().opens()));
        columns.put("closesAt", time(details.openingHours().closes()));
        columns.put("capacity", details.capacityPerHour());
        columns.put("liaisonName", details.liaisonName());
        columns.put("liaisonPhone", details.liaisonPhone());
        columns.put("operatorAr", details.operatorAr());
        return columns;
    }

    private static Time time(LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }
}
