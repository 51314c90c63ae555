package org.safepassage.consent;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consent records and the minors each one covers. Withdrawal is an update of an open record, never a delete. */
@Repository
class Consents {

    private static final String SELECT = """
            SELECT c.*, t.version AS text_version FROM consent c JOIN information_text t ON t.id = c.information_text_id
            """;

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Consent c, UUID informationTextId) {
        jdbc.sql("""
                INSERT INTO consent (id, individual_id, household_id, destination_id, window_from, window_until,
                        information_text_id, language, method, witness, recorded_at, recorded_by)
                VALUES (:id, :individual, :household, :destination, :from, :until, :text, :language, :method,
                        :witness, :at, :by)
                """)
                .param("id", c.id()).param("individual", c.individualId()).param("household", c.householdId())
                .param("destination", c.destinationId()).param("from", Date.valueOf(c.windowFrom()))
                .param("until", Date.valueOf(c.windowUntil())).param("text", informationTextId)
                .param("language", c.language().name()).param("method", c.method().name())
                .param("witness", c.witness()).param("at", Timestamp.from(c.recordedAt())).param("by", c.recordedBy())
                .update();
        for (UUID minor : c.minorIds()) {
            jdbc.sql("INSERT INTO consent_minor (consent_id, individual_id) VALUES (:c, :m)")
                    .param("c", c.id()).param("m", minor).update();
        }
    }

    /** Withdraws an open consent; false when it was already withdrawn (the first withdrawal stands). */
    boolean withdraw(UUID id, WithdrawalReason reason, String note, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE consent SET withdrawn_at = :at, withdrawn_by = :by, withdrawal_reason = :reason,
                       withdrawal_note = :note
                WHERE id = :id AND withdrawn_at IS NULL
                """)
                .param("id", id).param("at", Timestamp.from(at)).param("by", actor).param("reason", reason.name())
                .param("note", note).update() == 1;
    }

    Optional<Consent> find(UUID id) {
        return withMinors(jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(Consents::map).list())
                .stream().findFirst();
    }

    Optional<Consent> openOf(UUID individualId) {
        return withMinors(jdbc.sql(SELECT + " WHERE c.individual_id = :i AND c.withdrawn_at IS NULL")
                .param("i", individualId).query(Consents::map).list()).stream().findFirst();
    }

    /**
     * The person's own open consent. The person is locked for the rest of the transaction (even when they have
     * no consent yet), so that two clerks recording at once cannot both leave an open consent.
     */
    Optional<Consent> openOfLocked(UUID individualId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:id, 3))").param("id", individualId.toString())
                .query(rs -> {
                });
        return withMinors(jdbc.sql(SELECT + " WHERE c.individual_id = :i AND c.withdrawn_at IS NULL FOR UPDATE OF c")
                .param("i", individualId).query(Consents::map).list()).stream().findFirst();
    }

    /** The person's own most recent consent, open or withdrawn. */
    Optional<Consent> latestOf(UUID individualId) {
        return withMinors(jdbc.sql(SELECT + " WHERE c.individual_id = :i ORDER BY c.recorded_at DESC LIMIT 1")
                .param("i", individualId).query(Consents::map).list()).stream().findFirst();
    }

    /** Consents that name the person as a minor they cover, newest first. */
    List<Consent> naming(UUID minorId) {
        return withMinors(jdbc.sql(SELECT + """
                 WHERE c.id IN (SELECT consent_id FROM consent_minor WHERE individual_id = :m)
                 ORDER BY c.recorded_at DESC
                """).param("m", minorId).query(Consents::map).list());
    }

    /** Every consent recorded in the household, newest first. */
    List<Consent> ofHousehold(UUID householdId) {
        return withMinors(jdbc.sql(SELECT + " WHERE c.household_id = :h ORDER BY c.recorded_at DESC")
                .param("h", householdId).query(Consents::map).list());
    }

    /** Open consents for the destination whose window is not over on the day. */
    List<Consent> currentFor(UUID destinationId, LocalDate day) {
        return withMinors(jdbc.sql(SELECT + """
                 WHERE c.destination_id = :d AND c.withdrawn_at IS NULL AND c.window_until >= :day
                """).param("d", destinationId).param("day", Date.valueOf(day)).query(Consents::map).list());
    }

    /** Open consents (own or covering them as minors) of any of these people, whatever the window. */
    List<Consent> openConcerning(Set<UUID> individualIds) {
        if (individualIds.isEmpty()) {
            return List.of();
        }
        return withMinors(jdbc.sql(SELECT + """
                 WHERE c.withdrawn_at IS NULL
                   AND (c.individual_id IN (:ids)
                        OR c.id IN (SELECT consent_id FROM consent_minor WHERE individual_id IN (:ids)))
                """).param("ids", individualIds).query(Consents::map).list());
    }

    /** All open consents, for re-checking holds after the registry changed in bulk. */
    List<Consent> allOpen() {
        return withMinors(jdbc.sql(SELECT + " WHERE c.withdrawn_at IS NULL").query(Consents::map).list());
    }

    /** Open consents per destination (current window) and withdrawals, for the dashboard. */
    Map<UUID, Long> currentCountsByDestination(LocalDate day) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("""
                SELECT c.destination_id, count(*) + coalesce(sum(m.minors), 0) AS people
                FROM consent c
                LEFT JOIN (SELECT consent_id, count(*) AS minors FROM consent_minor GROUP BY consent_id) m
                       ON m.consent_id = c.id
                WHERE c.withdrawn_at IS NULL AND c.window_until >= :day
                GROUP BY c.destination_id
                """).param("day", Date.valueOf(day))
                .query(rs -> {
                    counts.put(rs.getObject("destination_id", UUID.class), rs.getLong("people"));
                });
        return counts;
    }

    void moveIndividual(UUID individualId, UUID toHouseholdId) {
        jdbc.sql("UPDATE consent SET household_id = :to WHERE individual_id = :i")
                .param("to", toHouseholdId).param("i", individualId).update();
    }

    void moveHousehold(UUID fromHouseholdId, UUID toHouseholdId) {
        jdbc.sql("UPDATE consent SET household_id = :to WHERE household_id = :from")
                .param("to", toHouseholdId).param("from", fromHouseholdId).update();
    }

    void reassign(UUID fromIndividualId, UUID toIndividualId) {
        jdbc.sql("UPDATE consent SET individual_id = :to WHERE individual_id = :from")
                .param("to", toIndividualId).param("from", fromIndividualId).update();
        jdbc.sql("""
                UPDATE consent_minor SET individual_id = :to WHERE individual_id = :from
                   AND NOT EXISTS (SELECT 1 FROM consent_minor o WHERE o.consent_id = consent_minor.consent_id
                                   AND o.individual_id = :to)
                """).param("to", toIndividualId).param("from", fromIndividualId).update();
    }

    private List<Consent> withMinors(List<Consent> consents) {
        if (consents.isEmpty()) {
            return consents;
        }
        Map<UUID, Set<UUID>> minors = new HashMap<>();
        jdbc.sql("SELECT consent_id, individual_id FROM consent_minor WHERE consent_id IN (:ids)")
                .param("ids", consents.stream().map(Consent::id).toList())
                .query(rs -> {
                    minors.computeIfAbsent(rs.getObject("consent_id", UUID.class), k -> new HashSet<>())
                            .add(rs.getObject("individual_id", UUID.class));
                });
        return consents.stream().map(c -> new Consent(c.id(), c.individualId(), c.householdId(), c.destinationId(),
                c.windowFrom(), c.windowUntil(), c.informationTextVersion(), c.language(), c.method(), c.witness(),
                minors.getOrDefault(c.id(), Set.of()), c.recordedAt(), c.recordedBy(), c.withdrawnAt(),
                c.withdrawnBy(), c.withdrawalReason(), c.withdrawalNote())).toList();
    }

    static Consent map(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
        String reason = rs.getString("withdrawal_reason");
        return new Consent(rs.getObject("id", UUID.class), rs.getObject("individual_id", UUID.class),
                rs.getObject("household_id", UUID.class), rs.getObject("destination_id", UUID.class),
                rs.getDate("window_from").toLocalDate(), rs.getDate("window_until").toLocalDate(),
                rs.getInt("text_version"), TextLanguage.valueOf(rs.getString("language")),
                ConsentMethod.valueOf(rs.getString("method")), rs.getString("witness"), Set.of(),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
                withdrawnAt == null ? null : withdrawnAt.toInstant(), rs.getString("withdrawn_by"),
                reason == null ? null : WithdrawalReason.valueOf(reason), rs.getString("withdrawal_note"));
    }
}
