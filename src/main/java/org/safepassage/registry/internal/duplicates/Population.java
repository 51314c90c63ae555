package org.safepassage.registry.internal.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safepassage.registry.internal.template.TemplateRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Everyone active in the registry, as rows of the template, with their ids: what deduplication compares. */
@Component
class Population {

    /** The rows and, at the same index, each person's id. */
    record Snapshot(List<TemplateRow> rows, List<UUID> ids) {
    }

    private final JdbcClient jdbc;

    Population(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            SELECT i.id, i.ref, h.ref AS household_ref, i.relationship, i.given_name, i.father_name,
                   i.family_name, i.given_name_ar, i.father_name_ar, i.family_name_ar, i.sex,
                   registry_birth_text(i.birth_date, i.birth_year_only) AS birth, i.origin_pcode, i.phone
              FROM individual i JOIN household h ON h.id = i.household_id
            """;

    Snapshot load() {
        List<TemplateRow> rows = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        jdbc.sql(SELECT + " WHERE i.active ORDER BY i.ref").query(rs -> {
            ids.add(rs.getObject("id", UUID.class));
            rows.add(row(rs));
        });
        return new Snapshot(rows, ids);
    }

    java.util.Optional<TemplateRow> row(UUID id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id AND i.active").param("id", id).query((rs, n) -> row(rs)).optional();
    }

    private static TemplateRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TemplateRow(rs.getString("household_ref"), rs.getString("ref"), rs.getString("relationship"),
                rs.getString("given_name"), rs.getString("father_name"), rs.getString("family_name"),
                rs.getString("given_name_ar"), rs.getString("father_name_ar"), rs.getString("family_name_ar"),
                rs.getString("sex"), rs.getString("birth"), rs.getString("origin_pcode"), "", "", rs.getString("phone"),
                "");
    }
}
