package org.safepassage.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.safepassage.registry.PersonName;
import org.safepassage.registry.Relationship;
import org.safepassage.registry.SearchHit;
import org.safepassage.registry.Sex;
import org.safepassage.shared.Page;
import org.safepassage.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry search: by name in either script, individual or household ref, phone or shelter block. Every
 * word of the query must match one of a person's search keys ({@link SearchKeys}); each word may carry
 * several variants (a phone written locally or internationally; spelling variants of a name), any one of
 * which matches. One GIN index answers it, so it stays fast on a whole camp.
 */
@Repository
public class RegistrySearch {

    static final int MAX_WORDS = 6;

    private final JdbcClient jdbc;

    RegistrySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<SearchHit> search(String query, PageRequest request) {
        List<String[]> words = SearchKeys.query(query);
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        var where = new StringBuilder("i.active");
        for (int w = 0; w < words.size(); w++) {
            where.append(" AND i.search_keys && CAST(:w").append(w).append(" AS text[])");
        }
        // spellings as typed first, then other spellings of the same names (Mohammed before Muhammad when
        // "Mohammed" was typed)
        String order = words.isEmpty() ? "i.ref" : "cardinality(ARRAY(SELECT unnest(i.search_keys) INTERSECT "
                + "SELECT unnest(CAST(:exact AS text[])))) DESC, coalesce(i.family_name, i.family_name_ar), "
                + "coalesce(i.given_name, i.given_name_ar), i.ref";
        var select = jdbc.sql("""
                SELECT i.id, i.ref, i.household_id, h.ref AS household_ref, i.relationship, i.given_name,
                       i.father_name, i.family_name, i.given_name_ar, i.father_name_ar, i.family_name_ar, i.sex,
                       i.birth_date, i.birth_year_only, h.shelter_block
                  FROM individual i JOIN household h ON h.id = i.household_id
                 WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset
                """.formatted(where, order))
                .param("limit", request.size()).param("offset", request.offset());
        if (!words.isEmpty()) {
            select = select.param("exact", SearchKeys.exact(words));
        }
        var count = jdbc.sql("SELECT count(*) FROM individual i WHERE " + where);
        for (int w = 0; w < words.size(); w++) {
            select = select.param("w" + w, words.get(w));
            count = count.param("w" + w, words.get(w));
        }
        List<SearchHit> hits = new ArrayList<>(select.query((rs, n) -> {
            PersonName name = RegistryRows.name(rs);
            return new SearchHit(rs.getObject("id", UUID.class), rs.getString("ref"),
                    rs.getObject("household_id", UUID.class), rs.getString("household_ref"),
                    Relationship.valueOf(rs.getString("relationship")), name.latin(), name.arabic(),
                    Sex.valueOf(rs.getString("sex")), RegistryRows.birthDate(rs), rs.getString("shelter_block"));
        }).list());
        return new Page<>(hits, request.page(), request.size(), count.query(Long.class).single());
    }
}
