package org.safepassage.registry.internal.duplicates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safepassage.registry.Deduplication;
import org.safepassage.shared.Ids;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored pairs (registry_duplicate): found once each, then confirmed, rejected or undone. */
@Repository
public class DuplicatePairs {

    private static final String COLUMNS = """
            id, person_a, person_b, score, decision, reasons, found_by, found_at, status, kept, closed_household,
            decided_by, decided_at
            """;

    private final JdbcClient jdbc;

    DuplicatePairs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a pair unless it is known already (in any state: a rejected pair is not raised again). */
    boolean add(UUID one, UUID other, double score, Deduplication.Decision decision,
            List<Deduplication.Reason> reasons, String foundBy, Instant at, java.time.Clock clock) {
        UUID a = one.compareTo(other) < 0 ? one : other;
        UUID b = a == one ? other : one;
        if (a.equals(b)) {
            return false;
        }
        return jdbc.sql("""
                INSERT INTO registry_duplicate (id, person_a, person_b, score, decision, reasons, found_by, found_at)
                VALUES (:id, :a, :b, :score, :decision, :reasons, :foundBy, :at)
                ON CONFLICT (person_a, person_b) DO NOTHING
                """).param("id", Ids.newId(clock)).param("a", a).param("b", b).param("score", score)
                .param("decision", decision.name()).param("reasons", encode(reasons)).param("foundBy", foundBy)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    public Optional<DuplicatePair> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_duplicate WHERE id = :id").param("id", id)
                .query(DuplicatePairs::pair).optional();
    }

    /** Open pairs of two active people, surest first. */
    public Page<DuplicatePair> open(PageRequest request) {
        String where = """
                status = 'OPEN' AND EXISTS (SELECT 1 FROM individual i WHERE i.id = person_a AND i.active)
                                AND EXISTS (SELECT 1 FROM individual i WHERE i.id = person_b AND i.active)
                """;
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM registry_duplicate WHERE " + where
                        + " ORDER BY score DESC, id LIMIT :limit OFFSET :offset")
                .param("limit", request.size()).param("offset", request.offset()).query(DuplicatePairs::pair).list();
        long total = jdbc.sql("SELECT count(*) FROM registry_duplicate WHERE " + where).query(Long.class).single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Pairs decided (merged or rejected), latest first. */
    public Page<DuplicatePair> decided(PageRequest request) {
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM registry_duplicate WHERE status <> 'OPEN'"
                        + " ORDER BY decided_at DESC, id LIMIT :limit OFFSET :offset")
                .param("limit", request.size()).param("offset", request.offset()).query(DuplicatePairs::pair).list();
        long total = jdbc.sql("SELECT count(*) FROM registry_duplicate WHERE status <> 'OPEN'")
                .query(Long.class).single();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Every pair one person is part of. */
    public List<DuplicatePair> concerning(UUID person) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_duplicate WHERE person_a = :p OR person_b = :p"
                + " ORDER BY status, score DESC").param("p", person).query(DuplicatePairs::pair).list();
    }

    void decide(UUID id, DuplicatePair.Status status, UUID kept, UUID closedHousehold, String actor, Instant at) {
        jdbc.sql("""
                UPDATE registry_duplicate SET status = :status, kept = :kept, closed_household = :closed,
                       decided_by = :actor, decided_at = :at WHERE id = :id
                """).param("status", status.name()).param("kept", kept).param("closed", closedHousehold)
                .param("actor", actor).param("at", at == null ? null : Timestamp.from(at)).param("id", id).update();
    }

    void scanned(Instant at, String foundBy, int people, int added) {
        jdbc.sql("INSERT INTO registry_duplicate_scan (at, found_by, people, added) VALUES (:at, :by, :people, :added)"
                        + " ON CONFLICT (at) DO NOTHING")
                .param("at", Timestamp.from(at)).param("by", foundBy).param("people", people).param("added", added)
                .update();
    }

    /** Whether people were registered (or imported) after the registry was last linked as a whole. */
    boolean registeredSinceLastScan() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM individual WHERE registered_at > "
                + "coalesce((SELECT max(at) FROM registry_duplicate_scan), '-infinity'::timestamptz))")
                .query(Boolean.class).single();
    }

    static String[] encode(List<Deduplication.Reason> reasons) {
        return reasons.stream().map(r -> r.number() == 0 ? r.messageKey() : r.messageKey() + ":" + r.number())
                .toArray(String[]::new);
    }

    static List<Deduplication.Reason> decode(String[] reasons) {
        List<Deduplication.Reason> decoded = new ArrayList<>();
        for (String reason : reasons) {
            int colon = reason.indexOf(':');
            decoded.add(colon < 0 ? new Deduplication.Reason(reason, 0)
                    : new Deduplication.Reason(reason.substring(0, colon), Integer.parseInt(reason.substring(colon + 1))));
        }
        return decoded;
    }

    private static DuplicatePair pair(ResultSet rs, int row) throws SQLException {
        return new DuplicatePair(rs.getObject("id", UUID.class), rs.getObject("person_a", UUID.class),
                rs.getObject("person_b", UUID.class), rs.getDouble("score"),
                Deduplication.Decision.valueOf(rs.getString("decision")),
                decode((String[]) rs.getArray("reasons").getArray()), rs.getString("found_by"),
                instant(rs.getTimestamp("found_at")), DuplicatePair.Status.valueOf(rs.getString("status")),
                rs.getObject("kept", UUID.class), rs.getObject("closed_household", UUID.class),
                rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static List<String> asList(String[] values) {
        return Arrays.asList(values);
    }
}
