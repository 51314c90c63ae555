package org.safepassage.registry.internal;

import java.util.regex.Pattern;

import org.safepassage.registry.RegistryOutcome;
import org.safepassage.registry.RegistryOutcome.Rejected;
import org.safepassage.registry.SpecificNeed;
import org.safepassage.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's side of the specific-needs list: UNHCR revises it, so codes are added (with labels in
 * both languages and their movement flags) and deactivated, never deleted (people keep them).
 */
@Service
public class ReferenceDataAdmin {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}-[A-Z]{2}");

    private final JdbcClient jdbc;
    private final ChangeLog history;
    private final AuditLog audit;

    ReferenceDataAdmin(JdbcClient jdbc, ChangeLog history, AuditLog audit) {
        this.jdbc = jdbc;
        this.history = history;
        this.audit = audit;
    }

    @Transactional
    public RegistryOutcome add(SpecificNeed need) {
        if (need == null || need.code() == null || !CODE.matcher(need.code().strip().toUpperCase()).matches()) {
            return Rejected.of("code", "registry.needs.error.code");
        }
        String code = need.code().strip().toUpperCase();
        if (blank(need.labelEn()) || blank(need.labelAr())) {
            return Rejected.of("label", "registry.needs.error.labels");
        }
        boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM specific_need WHERE code = :c)").param("c", code)
                .query(Boolean.class).single();
        if (exists) {
            return Rejected.of("code", "registry.needs.error.exists", code);
        }
        jdbc.sql("""
                INSERT INTO specific_need (code, category, label_en, label_ar, active, protection_hold, medical_seat,
                                           wheelchair, added_at, added_by)
                VALUES (:code, :category, :en, :ar, true, :hold, :seat, :wheelchair, :at, :by)
                """).param("code", code).param("category", code.substring(0, 2)).param("en", need.labelEn().strip())
                .param("ar", need.labelAr().strip()).param("hold", need.protectionHold())
                .param("seat", need.medicalSeat()).param("wheelchair", need.wheelchair())
                .param("at", history.now()).param("by", history.actorName()).update();
        audit.record("NEEDS_CODE_ADDED", "specific_need", code, "hold=" + need.protectionHold() + " seat="
                + need.medicalSeat() + " wheelchair=" + need.wheelchair());
        return new RegistryOutcome.Done(null);
    }

    @Transactional
    public RegistryOutcome setActive(String code, boolean active) {
        int n = jdbc.sql("UPDATE specific_need SET active = :a WHERE code = :c").param("a", active)
                .param("c", code == null ? "" : code).update();
        if (n == 0) {
            return Rejected.of("code", "registry.needs.error.unknown", String.valueOf(code));
        }
        audit.record(active ? "NEEDS_CODE_ACTIVATED" : "NEEDS_CODE_DEACTIVATED", "specific_need", code, null);
        return new RegistryOutcome.Done(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
