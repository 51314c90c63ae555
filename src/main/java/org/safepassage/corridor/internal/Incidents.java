package org.safepassage.corridor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safepassage.corridor.Incident;
import org.safepassage.corridor.IncidentCount;
import org.safepassage.corridor.IncidentType;
import org.safepassage.corridor.ReportIncident;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents at checkpoints: details for protection staff, counts for everyone else. */
@Repository
public class Incidents {

    private static final String IN_FORCE = """
            FROM checkpoint_incident i
            WHERE NOT EXISTS (SELECT 1 FROM checkpoint_event c WHERE c.corrects = i.id)
            """;

    private final JdbcClient jdbc;

    Incidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ReportIncident report, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO checkpoint_incident (id, type, occurred_at, checkpoint_id, household_id, convoy_id,
                                                 people_count, reported_at, reported_by)
                VALUES (:id, :type, :occurredAt, :checkpointId, :householdId, :convoyId, :peopleCount, :now, :actor)
                """)
                .param("id", report.id()).param("type", report.type().name())
                .param("occurredAt", Timestamp.from(report.occurredAt())).param("checkpointId", report.checkpointId())
                .param("householdId", report.householdId()).param("convoyId", report.convoyId())
                .param("peopleCount", report.peopleCount()).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
        for (UUID person : report.individualIds()) {
            jdbc.sql("INSERT INTO checkpoint_incident_person (incident_id, individual_id) VALUES (:id, :person)")
                    .param("id", report.id()).param("person", person).update();
        }
    }

    public Page<Incident> inForce(PageRequest request) {
        long total = jdbc.sql("SELECT count(*) " + IN_FORCE).query(Long.class).single();
        var incidents = jdbc.sql("SELECT i.* " + IN_FORCE + " ORDER BY i.occurred_at DESC LIMIT :limit OFFSET :offset")
                .param("limit", request.size()).param("offset", request.offset())
                .query((rs, n) -> incident(rs, Set.of())).list();
        Map<UUID, Set<UUID>> people = people(incidents.stream().map(Incident::id).toList());
        var withPeople = incidents.stream().map(i -> new Incident(i.id(), i.checkpointId(), i.type(), i.occurredAt(),
                i.householdId(), people.getOrDefault(i.id(), Set.of()), i.peopleCount(), i.convoyId(), i.status(),
                i.reportedAt(), i.reportedBy())).toList();
        return new Page<>(withPeople, request.page(), request.size(), total);
    }

    public Optional<Incident> find(UUID id) {
        var people = people(List.of(id));
        return jdbc.sql("SELECT i.* FROM checkpoint_incident i WHERE i.id = :id").param("id", id)
                .query((rs, n) -> incident(rs, people.getOrDefault(id, Set.of()))).optional();
    }

    /** Incidents in force per checkpoint and type since a moment: counts only, nobody named. */
    public List<IncidentCount> counts(Instant since) {
        return jdbc.sql("SELECT i.checkpoint_id, i.type, count(*) AS n " + IN_FORCE
                        + " AND i.occurred_at >= :since AND i.checkpoint_id IS NOT NULL GROUP BY i.checkpoint_id, i.type")
                .param("since", Timestamp.from(since))
                .query((rs, n) -> new IncidentCount(rs.getObject("checkpoint_id", UUID.class),
                        IncidentType.valueOf(rs.getString("type")), rs.getLong("n")))
                .list();
    }

    private Map<UUID, Set<UUID>> people(List<UUID> incidentIds) {
        Map<UUID, Set<UUID>> people = new HashMap<>();
        if (incidentIds.isEmpty()) {
            return people;
        }
        jdbc.sql("SELECT incident_id, individual_id FROM checkpoint_incident_person WHERE incident_id IN (:ids)")
                .param("ids", incidentIds)
                .query(rs -> {
                    people.computeIfAbsent(rs.getObject("incident_id", UUID.class), k -> new HashSet<>())
                            .add(rs.getObject("individual_id", UUID.class));
                });
        return people;
    }

    private static Incident incident(ResultSet rs, Set<UUID> people) throws SQLException {
        return new Incident(rs.getObject("id", UUID.class), rs.getObject("checkpoint_id", UUID.class),
                IncidentType.valueOf(rs.getString("type")), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("household_id", UUID.class), people, rs.getInt("people_count"),
                rs.getObject("convoy_id", UUID.class), rs.getString("status"),
                rs.getTimestamp("reported_at").toInstant(), rs.getString("reported_by"));
    }
}
