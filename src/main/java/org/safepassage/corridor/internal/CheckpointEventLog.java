package org.safepassage.corridor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safepassage.corridor.CheckpointReport;
import org.safepassage.corridor.EventKind;
import org.safepassage.corridor.Passage;
import org.safepassage.corridor.RecordPassage;
import org.safepassage.corridor.RecordService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only log of field events at checkpoints. */
@Repository
public class CheckpointEventLog {

    private final JdbcClient jdbc;

    CheckpointEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredEvent> find(UUID id) {
        return jdbc.sql("""
                SELECT e.id, e.kind, e.checkpoint_id, e.fingerprint, c.id AS corrected_by
                FROM checkpoint_event e LEFT JOIN checkpoint_event c ON c.corrects = e.id
                WHERE e.id = :id
                """)
                .param("id", id)
                .query((rs, n) -> new StoredEvent(rs.getObject("id", UUID.class), EventKind.valueOf(rs.getString("kind")),
                        rs.getObject("checkpoint_id", UUID.class), rs.getString("fingerprint"),
                        rs.getObject("corrected_by", UUID.class)))
                .optional();
    }

    /**
     * Appends the envelope of an event. Returns false, storing nothing, when its id is taken or the event it
     * corrects was corrected meanwhile (a concurrent report won the race).
     */
    public boolean append(CheckpointReport report, UUID checkpointId, String fingerprint, String actor, Instant now) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("householdId", null);
        columns.put("convoyId", null);
        columns.put("personCount", null);
        columns.put("departed", null);
        columns.put("service", null);
        columns.put("quantity", null);
        columns.put("referral", null);
        Set<UUID> people = Set.of();
        if (report instanceof RecordPassage passage) {
            columns.put("householdId", passage.householdId());
            columns.put("convoyId", passage.convoyId());
            columns.put("personCount", passage.personCount());
            columns.put("departed", timestamp(passage.departedCampAt()));
            people = passage.individualIds();
        } else if (report instanceof RecordService service) {
            columns.put("householdId", service.householdId());
            columns.put("service", service.service().name());
            columns.put("quantity", service.quantity());
            columns.put("referral", service.service().canRefer() ? service.referred() : null);
            people = service.individualIds();
        }
        int inserted = jdbc.sql("""
                INSERT INTO checkpoint_event (id, kind, checkpoint_id, occurred_at, household_id, convoy_id, person_count,
                                              departed_camp_at, service, quantity, referral, corrects, fingerprint,
                                              recorded_at, recorded_by)
                VALUES (:id, :kind, :checkpointId, :occurredAt, :householdId, :convoyId, :personCount,
                        :departed, :service, :quantity, :referral, :corrects, :fingerprint, :now, :actor)
                ON CONFLICT DO NOTHING
                """)
                .params(columns).param("id", report.id()).param("kind", report.kind().name())
                .param("checkpointId", checkpointId).param("occurredAt", timestamp(report.occurredAt()))
                .param("corrects", report.corrects()).param("fingerprint", fingerprint)
                .param("now", timestamp(now)).param("actor", actor).update();
        if (inserted == 0) {
            return false;
        }
        for (UUID person : people) {
            jdbc.sql("INSERT INTO checkpoint_event_person (event_id, individual_id) VALUES (:event, :person)")
                    .param("event", report.id()).param("person", person).update();
        }
        return true;
    }

    public List<Passage> passagesOfConvoy(UUID convoyId) {
        return passages("e.convoy_id = :id", convoyId);
    }

    public List<Passage> passagesOfHousehold(UUID householdId) {
        return passages("e.household_id = :id", householdId);
    }

    public List<Passage> passagesOfPerson(UUID individualId) {
        return passages("EXISTS (SELECT 1 FROM checkpoint_event_person p WHERE p.event_id = e.id AND p.individual_id = :id)",
                individualId);
    }

    private List<Passage> passages(String condition, UUID id) {
        var passages = jdbc.sql("""
                SELECT e.*, c.corridor_id, c.sequence
                FROM checkpoint_event_in_force e JOIN checkpoint c ON c.id = e.checkpoint_id
                WHERE e.kind = 'PASSAGE' AND\s""" + condition + " ORDER BY e.occurred_at, c.sequence")
                .param("id", id).query((rs, n) -> passage(rs)).list();
        var people = people(passages.stream().map(Passage::eventId).toList());
        return passages.stream().map(p -> new Passage(p.eventId(), p.checkpointId(), p.corridorId(),
                p.checkpointSequence(), p.passedAt(), p.householdId(), people.getOrDefault(p.eventId(), Set.of()),
                p.personCount(), p.convoyId(), p.departedCampAt())).toList();
    }

    private Map<UUID, Set<UUID>> people(Collection<UUID> eventIds) {
        Map<UUID, Set<UUID>> people = new HashMap<>();
        if (eventIds.isEmpty()) {
            return people;
        }
        jdbc.sql("SELECT event_id, individual_id FROM checkpoint_event_person WHERE event_id IN (:ids)")
                .param("ids", eventIds)
                .query(rs -> {
                    people.computeIfAbsent(rs.getObject("event_id", UUID.class), k -> new HashSet<>())
                            .add(rs.getObject("individual_id", UUID.class));
                });
        return people;
    }

    private static Passage passage(ResultSet rs) throws SQLException {
        Timestamp departed = rs.getTimestamp("departed_camp_at");
        return new Passage(rs.getObject("id", UUID.class), rs.getObject("checkpoint_id", UUID.class), rs.getObject("corridor_id", UUID.class),
                rs.getInt("sequence"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("household_id", UUID.class), Set.of(), rs.getInt("person_count"),
                rs.getObject("convoy_id", UUID.class), departed == null ? null : departed.toInstant());
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
