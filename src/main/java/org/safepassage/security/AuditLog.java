package org.safepassage.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only, hash-chained record of every login, every change of personal data and every read of a
 * person's personal data. Modules call {@link #record}; the chain itself is kept by the database.
 * <p>
 * Inside a transaction, entries are written just before it commits: they commit or roll back with the
 * change they describe, and the lock that orders the chain is held only for the commit.
 */
@Service
public class AuditLog {

    private static final String PENDING = AuditLog.class.getName() + ".pending";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentActor currentActor;

    AuditLog(JdbcClient jdbc, Clock clock, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.currentActor = currentActor;
    }

    /** Records an action by whoever is acting now (user, device or command line). */
    public void record(String action, String recordType, Object recordId, String details) {
        var actor = currentActor.get();
        record(new Pending(now(), actor.name(), action, recordType,
                recordId == null ? null : recordId.toString(), actor.address(), details));
    }

    /** Records an action by a named actor, for events that happen before anyone is signed in (logins). */
    public void recordAs(String actorName, String address, String action, String recordType, Object recordId,
            String details) {
        record(new Pending(now(), actorName, action, recordType,
                recordId == null ? null : recordId.toString(), address, details));
    }

    public void recordRead(String recordType, Object recordId) {
        record("READ", recordType, recordId, null);
    }

    private void record(Pending entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insert(List.of(entry));
            return;
        }
        @SuppressWarnings("unchecked")
        var pending = (List<Pending>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            var entries = new ArrayList<Pending>();
            TransactionSynchronizationManager.bindResource(PENDING, entries);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    insert(entries);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = entries;
        }
        pending.add(entry);
    }

    private void insert(List<Pending> entries) {
        for (var e : entries) {
            jdbc.sql("""
                    INSERT INTO audit_log (at, actor, action, record_type, record_id, address, details, prev_hash, hash)
                    VALUES (:at, :actor, :action, :recordType, :recordId, :address, :details, '', '')
                    """)
                    .param("at", Timestamp.from(e.at()))
                    .param("actor", e.actor())
                    .param("action", e.action())
                    .param("recordType", e.recordType())
                    .param("recordId", e.recordId())
                    .param("address", e.address())
                    .param("details", e.details())
                    .update();
        }
    }

    /** Walks the whole chain and reports the first entry whose content or link to its predecessor is wrong. */
    public AuditVerification verify() {
        var broken = jdbc.sql("""
                SELECT id, at, hash <> recomputed AS altered
                FROM (SELECT id, at, hash, prev_hash,
                             audit_entry_hash(prev_hash, id, at, actor, action, record_type, record_id,
                                              address, details) AS recomputed,
                             coalesce(lag(hash) OVER (ORDER BY id), repeat('0', 64)) AS expected_prev
                      FROM audit_log) chain
                WHERE hash <> recomputed OR prev_hash <> expected_prev
                ORDER BY id
                LIMIT 1
                """)
                .query((rs, n) -> new AuditVerification.BrokenLink(rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getBoolean("altered")
                                ? "its content no longer matches its hash: the entry was altered"
                                : "it does not link to the entry before it: an entry was removed, inserted or altered"))
                .optional();
        String head = jdbc.sql("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").query(String.class)
                .optional().orElse(null);
        long checked = broken
                .map(b -> jdbc.sql("SELECT count(*) FROM audit_log WHERE id < :id").param("id", b.id())
                        .query(Long.class).single())
                .orElseGet(() -> jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single());
        return new AuditVerification(checked, head, broken.orElse(null));
    }

    public Page<AuditEntry> entries(PageRequest request, String actorOrRecord) {
        String filter = actorOrRecord == null || actorOrRecord.isBlank() ? null : actorOrRecord.trim();
        String where = filter == null ? "" : "WHERE actor = :filter OR record_id = :filter OR action = :filter";
        var query = jdbc.sql("SELECT * FROM audit_log " + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", request.size()).param("offset", request.offset());
        var count = jdbc.sql("SELECT count(*) FROM audit_log " + where);
        if (filter != null) {
            query = query.param("filter", filter);
            count = count.param("filter", filter);
        }
        List<AuditEntry> items = query.query((rs, n) -> new AuditEntry(rs.getLong("id"),
                rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                rs.getString("record_type"), rs.getString("record_id"), rs.getString("address"),
                rs.getString("details"))).list();
        return new Page<>(items, request.page(), request.size(), count.query(Long.class).single());
    }

    /** Counts by action, for the administrator's overview. */
    public Map<String, Long> countsByAction() {
        return jdbc.sql("SELECT action, count(*) AS n FROM audit_log GROUP BY action ORDER BY action")
                .query((rs, n) -> Map.entry(rs.getString("action"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.TreeMap::new));
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; hashing and storing the same precision keeps the chain verifiable
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Pending(Instant at, String actor, String action, String recordType, String recordId,
            String address, String details) {
    }
}
