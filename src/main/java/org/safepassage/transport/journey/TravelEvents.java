package org.safepassage.transport.journey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Boarding and arrival reports: append-only, keyed by the sender's id. */
@Repository
public class TravelEvents {

    private final JdbcClient jdbc;

    TravelEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fingerprint of the report stored under this id, if any. */
    Optional<String> fingerprint(UUID id) {
        return jdbc.sql("SELECT fingerprint FROM travel_event WHERE id = :id").param("id", id).query(String.class)
                .optional();
    }

    /** @return false if a report with this id was stored meanwhile */
    boolean append(TravelReport report, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO travel_event (id, kind, convoy_id, household_id, individual_ids, occurred_at, recorded_at,
                                          recorded_by, fingerprint)
                VALUES (:id, :kind, :convoy, :household, :people, :occurred, :at, :by, :fingerprint)
                ON CONFLICT (id) DO NOTHING
                """).param("id", report.id()).param("kind", report.kind().name()).param("convoy", report.convoyId())
                .param("household", report.householdId())
                .param("people", new org.springframework.jdbc.support.SqlArrayValue("uuid",
                        report.individualIds().toArray()))
                .param("occurred", Timestamp.from(report.occurredAt())).param("at", Timestamp.from(at))
                .param("by", by).param("fingerprint", report.fingerprint()).update() == 1;
    }

    /** When each person of the convoy was first reported boarded, or arrived. */
    public Map<UUID, Instant> first(UUID convoyId, TravelKind kind) {
        Map<UUID, Instant> first = new HashMap<>();
        jdbc.sql("""
                SELECT person, min(occurred_at) AS at FROM travel_event, unnest(individual_ids) AS person
                WHERE convoy_id = :convoy AND kind = :kind GROUP BY person
                """).param("convoy", convoyId).param("kind", kind.name())
                .query(rs -> {
                    first.put(rs.getObject("person", UUID.class), rs.getTimestamp("at").toInstant());
                });
        return first;
    }
}
