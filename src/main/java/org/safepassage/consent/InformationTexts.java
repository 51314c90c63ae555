package org.safepassage.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the information text. Rows are only ever added. */
@Repository
class InformationTexts {

    private final JdbcClient jdbc;

    InformationTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<InformationText> current() {
        return jdbc.sql("SELECT * FROM information_text ORDER BY version DESC LIMIT 1")
                .query(InformationTexts::map).optional();
    }

    Optional<InformationText> version(int version) {
        return jdbc.sql("SELECT * FROM information_text WHERE version = :v").param("v", version)
                .query(InformationTexts::map).optional();
    }

    List<InformationText> all() {
        return jdbc.sql("SELECT * FROM information_text ORDER BY version DESC").query(InformationTexts::map).list();
    }

    int publish(UUID id, PublishInformationText command, String actor, Instant now) {
        // the table lock orders concurrent publications; the unique version catches anything else
        jdbc.sql("LOCK TABLE information_text IN SHARE ROW EXCLUSIVE MODE").update();
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM information_text").query(Integer.class)
                .single();
        jdbc.sql("""
                INSERT INTO information_text (id, version, title_en, title_ar, body_en, body_ar, published_at,
                                              published_by)
                VALUES (:id, :version, :titleEn, :titleAr, :bodyEn, :bodyAr, :now, :actor)
                """)
                .param("id", id).param("version", version).param("titleEn", command.titleEn())
                .param("titleAr", command.titleAr()).param("bodyEn", command.bodyEn())
                .param("bodyAr", command.bodyAr()).param("now", Timestamp.from(now)).param("actor", actor)
                .update();
        return version;
    }

    static InformationText map(ResultSet rs, int row) throws SQLException {
        return new InformationText(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("title_en"),
                rs.getString("title_ar"), rs.getString("body_en"), rs.getString("body_ar"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"));
    }
}
