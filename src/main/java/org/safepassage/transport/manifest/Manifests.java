package org.safepassage.transport.manifest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.safepassage.registry.Sex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Manifests, who is on them, and their amendments. */
@Repository
public class Manifests {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Manifests(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<Manifest> find(UUID id) {
        return id == null ? Optional.empty()
                : jdbc.sql("SELECT * FROM manifest WHERE id = :id").param("id", id).query(Manifests::manifest).optional();
    }

    /** The manifests in force of a convoy, by number. */
    public List<Manifest> ofConvoy(UUID convoyId) {
        return jdbc.sql("SELECT * FROM manifest WHERE convoy_id = :convoy AND voided_at IS NULL ORDER BY number")
                .param("convoy", convoyId).query(Manifests::manifest).list();
    }

    public List<ManifestEntry> entries(UUID manifestId) {
        return jdbc.sql("SELECT * FROM manifest_entry WHERE manifest_id = :id ORDER BY seat")
                .param("id", manifestId).query(Manifests::entry).list();
    }

    /** Everyone on the convoy's manifests in force, listed or removed. */
    public List<ManifestEntry> entriesOfConvoy(UUID convoyId) {
        return jdbc.sql("""
                SELECT e.* FROM manifest_entry e JOIN manifest m ON m.id = e.manifest_id
                WHERE m.convoy_id = :convoy AND m.voided_at IS NULL ORDER BY m.number, e.seat
                """).param("convoy", convoyId).query(Manifests::entry).list();
    }

    /** The person's places still listed on manifests in force of convoys going to the destination. */
    public List<ManifestEntry> listedEntries(UUID individualId, UUID destinationId) {
        return jdbc.sql("""
                SELECT e.* FROM manifest_entry e JOIN manifest m ON m.id = e.manifest_id JOIN convoy c ON c.id = m.convoy_id
                WHERE e.individual_id = :person AND e.removed_by IS NULL AND m.voided_at IS NULL
                  AND c.destination_id = :destination AND c.status IN ('MANIFEST_FROZEN', 'BOARDING', 'DEPARTED')
                """).param("person", individualId).param("destination", destinationId).query(Manifests::entry).list();
    }

    /** People still listed on the convoy's manifests in force. */
    public int listedCount(UUID convoyId) {
        return jdbc.sql("""
                SELECT count(*) FROM manifest_entry e JOIN manifest m ON m.id = e.manifest_id
                WHERE m.convoy_id = :convoy AND m.voided_at IS NULL AND e.removed_by IS NULL
                """).param("convoy", convoyId).query(Integer.class).single();
    }

    public List<Amendment> amendments(UUID manifestId) {
        return jdbc.sql("SELECT * FROM manifest_amendment WHERE manifest_id = :id ORDER BY at DESC")
                .param("id", manifestId).query(Manifests::amendment).list();
    }

    public List<Amendment> amendmentsOfConvoy(UUID convoyId) {
        return jdbc.sql("""
                SELECT a.* FROM manifest_amendment a JOIN manifest m ON m.id = a.manifest_id
                WHERE m.convoy_id = :convoy ORDER BY a.at DESC
                """).param("convoy", convoyId).query(Manifests::amendment).list();
    }

    public List<Amendment> recentAmendments(int limit) {
        return jdbc.sql("SELECT * FROM manifest_amendment ORDER BY at DESC LIMIT :limit").param("limit", limit)
                .query(Manifests::amendment).list();
    }

    void insert(Manifest manifest, List<ManifestEntry> entries) {
        jdbc.sql("""
                INSERT INTO manifest (id, convoy_id, vehicle_id, run_id, number, issue, frozen_at, frozen_by)
                VALUES (:id, :convoy, :vehicle, :run, :number, 1, :at, :by)
                """).param("id", manifest.id()).param("convoy", manifest.convoyId()).param("vehicle", manifest.vehicleId())
                .param("run", manifest.runId()).param("number", manifest.number())
                .param("at", Timestamp.from(manifest.frozenAt())).param("by", manifest.frozenBy()).update();
        template.batchUpdate("""
                INSERT INTO manifest_entry (manifest_id, individual_id, household_id, unit_ref, seat, sex, age_group, markers)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, entries, 500, (ps, entry) -> {
                    ps.setObject(1, manifest.id());
                    ps.setObject(2, entry.individualId());
                    ps.setObject(3, entry.householdId());
                    ps.setString(4, entry.unitRef());
                    ps.setInt(5, entry.seat());
                    ps.setString(6, entry.sex().name());
                    ps.setString(7, entry.ageGroup().name());
                    ps.setArray(8, ps.getConnection().createArrayOf("text",
                            entry.markers().stream().map(Enum::name).sorted().toArray()));
                });
    }

    void voidAll(UUID convoyId, String by, Instant at) {
        jdbc.sql("UPDATE manifest SET voided_at = :at, voided_by = :by WHERE convoy_id = :convoy AND voided_at IS NULL")
                .param("convoy", convoyId).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /**
     * Records the amendment, takes the person off the manifest if {@code removed}, and re-issues the manifest.
     *
     * @return the new issue, or empty if the same amendment was recorded before
     */
    Optional<Integer> amend(Amendment draft, UUID sourceEventId) {
        boolean before = sourceEventId != null && jdbc.sql("""
                SELECT count(*) FROM manifest_amendment
                WHERE manifest_id = :manifest AND individual_id = :person AND reason = :reason AND source_event_id = :source
                """).param("manifest", draft.manifestId()).param("person", draft.individualId())
                .param("reason", draft.reason().name()).param("source", sourceEventId).query(Long.class).single() > 0;
        if (before) {
            return Optional.empty();
        }
        Integer issue = jdbc.sql("UPDATE manifest SET issue = issue + 1 WHERE id = :id RETURNING issue")
                .param("id", draft.manifestId()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO manifest_amendment (id, manifest_id, individual_id, household_id, at, recorded_by, reason,
                                                removed, issue, source_event_id)
                VALUES (:id, :manifest, :person, :household, :at, :by, :reason, :removed, :issue, :source)
                """).param("id", draft.id()).param("manifest", draft.manifestId()).param("person", draft.individualId())
                .param("household", draft.householdId()).param("at", Timestamp.from(draft.at()))
                .param("by", draft.recordedBy()).param("reason", draft.reason().name()).param("removed", draft.removed())
                .param("issue", issue).param("source", sourceEventId).update();
        if (draft.removed()) {
            jdbc.sql("UPDATE manifest_entry SET removed_by = :amendment WHERE manifest_id = :manifest AND individual_id = :person")
                    .param("amendment", draft.id()).param("manifest", draft.manifestId())
                    .param("person", draft.individualId()).update();
        }
        return Optional.of(issue);
    }

    private static Manifest manifest(ResultSet rs, int n) throws SQLException {
        Timestamp voided = rs.getTimestamp("voided_at");
        return new Manifest(rs.getObject("id", UUID.class), rs.getObject("convoy_id", UUID.class),
                rs.getObject("vehicle_id", UUID.class), rs.getObject("run_id", UUID.class), rs.getInt("number"),
                rs.getInt("issue"), rs.getTimestamp("frozen_at").toInstant(), rs.getString("frozen_by"),
                voided == null ? null : voided.toInstant());
    }

    private static ManifestEntry entry(ResultSet rs, int n) throws SQLException {
        String[] markers = (String[]) rs.getArray("markers").getArray();
        var set = EnumSet.noneOf(Marker.class);
        Arrays.stream(markers).map(Marker::valueOf).forEach(set::add);
        return new ManifestEntry(rs.getObject("manifest_id", UUID.class), rs.getObject("individual_id", UUID.class),
                rs.getObject("household_id", UUID.class), rs.getString("unit_ref"), rs.getInt("seat"),
                Sex.valueOf(rs.getString("sex")), AgeGroup.valueOf(rs.getString("age_group")), set,
                rs.getObject("removed_by", UUID.class));
    }

    private static Amendment amendment(ResultSet rs, int n) throws SQLException {
        return new Amendment(rs.getObject("id", UUID.class), rs.getObject("manifest_id", UUID.class),
                rs.getObject("individual_id", UUID.class), rs.getObject("household_id", UUID.class),
                rs.getTimestamp("at").toInstant(), rs.getString("recorded_by"),
                AmendmentReason.valueOf(rs.getString("reason")), rs.getBoolean("removed"), rs.getInt("issue"));
    }
}
