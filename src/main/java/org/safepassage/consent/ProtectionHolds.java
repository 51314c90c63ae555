package org.safepassage.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Protection holds. A hold is placed once per person, destination and cause; it is released, never deleted. */
@Repository
class ProtectionHolds {

    private final JdbcClient jdbc;

    ProtectionHolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Places the hold unless the same cause was already raised for the person and destination (open or released). */
    boolean placeIfNew(ProtectionHold hold, String cause) {
        return jdbc.sql("""
                INSERT INTO protection_hold (id, individual_id, household_id, destination_id, basis, cause, detail,
                                             placed_at, placed_by)
                VALUES (:id, :individual, :household, :destination, :basis, :cause, :detail, :at, :by)
                ON CONFLICT (individual_id, destination_id, cause) DO NOTHING
                """)
                .param("id", hold.id()).param("individual", hold.individualId()).param("household", hold.householdId())
                .param("destination", hold.destinationId()).param("basis", hold.basis().name()).param("cause", cause)
                .param("detail", hold.detail()).param("at", Timestamp.from(hold.placedAt()))
                .param("by", hold.placedBy()).update() == 1;
    }

    boolean release(UUID id, String reason, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE protection_hold SET released_at = :at, released_by = :by, release_reason = :reason
                WHERE id = :id AND released_at IS NULL
                """).param("id", id).param("at", Timestamp.from(at)).param("by", actor).param("reason", reason)
                .update() == 1;
    }

    Optional<ProtectionHold> find(UUID id) {
        return jdbc.sql("SELECT * FROM protection_hold WHERE id = :id").param("id", id)
                .query(ProtectionHolds::map).optional();
    }

    List<ProtectionHold> openFor(UUID individualId, UUID destinationId) {
        return jdbc.sql("""
                SELECT * FROM protection_hold WHERE individual_id = :i AND destination_id = :d AND released_at IS NULL
                ORDER BY placed_at
                """).param("i", individualId).param("d", destinationId).query(ProtectionHolds::map).list();
    }

    Set<UUID> heldFor(UUID destinationId) {
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT individual_id FROM protection_hold WHERE destination_id = :d AND released_at IS NULL
                """).param("d", destinationId).query(UUID.class).list());
    }

    List<ProtectionHold> ofHousehold(UUID householdId) {
        return jdbc.sql("SELECT * FROM protection_hold WHERE household_id = :h ORDER BY placed_at DESC")
                .param("h", householdId).query(ProtectionHolds::map).list();
    }

    /** The review queue: open holds, oldest first, so nobody waits longest by accident. */
    Page<ProtectionHold> open(PageRequest request, UUID destinationId) {
        String where = "released_at IS NULL" + (destinationId == null ? "" : " AND destination_id = :d");
        var query = jdbc.sql("SELECT * FROM protection_hold WHERE " + where
                + " ORDER BY placed_at, id LIMIT :limit OFFSET :offset")
                .param("limit", request.size()).param("offset", request.offset());
        var count = jdbc.sql("SELECT count(*) FROM protection_hold WHERE " + where);
        if (destinationId != null) {
            query = query.param("d", destinationId);
            count = count.param("d", destinationId);
        }
        return new Page<>(query.query(ProtectionHolds::map).list(), request.page(), request.size(),
                count.query(Long.class).single());
    }

    long openCount() {
        return jdbc.sql("SELECT count(*) FROM protection_hold WHERE released_at IS NULL").query(Long.class).single();
    }

    void moveIndividual(UUID individualId, UUID toHouseholdId) {
        jdbc.sql("UPDATE protection_hold SET household_id = :to WHERE individual_id = :i")
                .param("to", toHouseholdId).param("i", individualId).update();
    }

    void moveHousehold(UUID fromHouseholdId, UUID toHouseholdId) {
        jdbc.sql("UPDATE protection_hold SET household_id = :to WHERE household_id = :from")
                .param("to", toHouseholdId).param("from", fromHouseholdId).update();
    }

    void reassign(UUID fromIndividualId, UUID toIndividualId) {
        // a cause already raised for the kept record stays as it is; the duplicate's copy goes with it
        jdbc.sql("""
                UPDATE protection_hold h SET individual_id = :to WHERE individual_id = :from
                   AND NOT EXISTS (SELECT 1 FROM protection_hold o WHERE o.individual_id = :to
                                   AND o.destination_id = h.destination_id AND o.cause = h.cause)
                """).param("to", toIndividualId).param("from", fromIndividualId).update();
    }

    static ProtectionHold map(ResultSet rs, int row) throws SQLException {
        Timestamp released = rs.getTimestamp("released_at");
        return new ProtectionHold(rs.getObject("id", UUID.class), rs.getObject("individual_id", UUID.class),
                rs.getObject("household_id", UUID.class), rs.getObject("destination_id", UUID.class),
                HoldBasis.valueOf(rs.getString("basis")), rs.getString("detail"),
                rs.getTimestamp("placed_at").toInstant(), rs.getString("placed_by"),
                released == null ? null : released.toInstant(), rs.getString("released_by"),
                rs.getString("release_reason"));
    }
}
