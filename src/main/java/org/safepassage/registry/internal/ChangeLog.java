package org.safepassage.registry.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.safepassage.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Appends to a person's or household's history (registry_change): who, when, what, old and new, why. */
@Component
public class ChangeLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentActor actor;

    ChangeLog(JdbcClient jdbc, Clock clock, CurrentActor actor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actor = actor;
    }

    public void person(String operation, UUID individualId, UUID householdId, String field, String oldValue,
            String newValue, String reason) {
        append(operation, "person", individualId, householdId, field, oldValue, newValue, reason);
    }

    public void household(String operation, UUID householdId, String field, String oldValue, String newValue,
            String reason) {
        append(operation, "household", householdId, householdId, field, oldValue, newValue, reason);
    }

    public String actorName() {
        return actor.get().name();
    }

    public Timestamp now() {
        return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private void append(String operation, String recordType, UUID recordId, UUID householdId, String field,
            String oldValue, String newValue, String reason) {
        jdbc.sql("""
                INSERT INTO registry_change (at, actor, operation, record_type, record_id, household_id, field,
                                             old_value, new_value, reason)
                VALUES (:at, :actor, :operation, :recordType, :recordId, :householdId, :field, :old, :new, :reason)
                """)
                .param("at", now()).param("actor", actorName()).param("operation", operation)
                .param("recordType", recordType).param("recordId", recordId).param("householdId", householdId)
                .param("field", field).param("old", oldValue).param("new", newValue).param("reason", reason)
                .update();
    }
}
