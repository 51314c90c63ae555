package org.safepassage.consent;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every intention survey ever recorded, with its fears, and who each survey currently speaks for. */
@Repository
class IntentionSurveys {

    private final JdbcClient jdbc;

    IntentionSurveys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(IntentionSurvey s, String originPcode) {
        jdbc.sql("""
                INSERT INTO intention_survey (id, household_id, individual_id, surveyed_on, interviewer, language,
                        respondent_alone, choice, preferred_destination_id, second_destination_id, free_text,
                        origin_pcode, recorded_at, recorded_by)
                VALUES (:id, :household, :individual, :on, :interviewer, :language, :alone, :choice, :preferred,
                        :second, :freeText, :origin, :at, :by)
                """)
                .param("id", s.id()).param("household", s.householdId()).param("individual", s.individualId())
                .param("on", Date.valueOf(s.surveyedOn())).param("interviewer", s.interviewer())
                .param("language", s.language().name()).param("alone", s.respondentAlone())
                .param("choice", s.choice().name()).param("preferred", s.preferredDestinationId())
                .param("second", s.secondDestinationId()).param("freeText", s.freeText())
                .param("origin", originPcode).param("at", Timestamp.from(s.recordedAt())).param("by", s.recordedBy())
                .update();
        for (StatedFear fear : s.fears()) {
            jdbc.sql("INSERT INTO intention_fear (survey_id, fear, destination_id) VALUES (:survey, :fear, :dest)")
                    .param("survey", s.id()).param("fear", fear.fear().name()).param("dest", fear.destinationId())
                    .update();
        }
    }

    /**
     * Makes the survey the current intention of the given people, unless one of them has a newer survey of
     * the same kind, or their own survey while this one is the household's: a member who answered for
     * themselves keeps their own answer until they are asked again.
     */
    void makeCurrent(IntentionSurvey survey, Collection<UUID> individualIds) {
        for (UUID individual : individualIds) {
            jdbc.sql("""
                    INSERT INTO current_intention AS c (individual_id, household_id, survey_id, own)
                    VALUES (:individual, :household, :survey, :own)
                    ON CONFLICT (individual_id) DO UPDATE
                       SET household_id = EXCLUDED.household_id, survey_id = EXCLUDED.survey_id, own = EXCLUDED.own
                     WHERE (EXCLUDED.own AND NOT c.own)
                        OR (EXCLUDED.own = c.own
                            AND (SELECT (surveyed_on, recorded_at) FROM intention_survey WHERE id = c.survey_id)
                             <= (SELECT (surveyed_on, recorded_at) FROM intention_survey WHERE id = EXCLUDED.survey_id))
                    """)
                    .param("individual", individual).param("household", survey.householdId())
                    .param("survey", survey.id()).param("own", !survey.household())
                    .update();
        }
    }

    /** The household's surveys and its members' own surveys, newest first. */
    List<IntentionSurvey> ofHousehold(UUID householdId) {
        return withFears(jdbc.sql("""
                SELECT * FROM intention_survey WHERE household_id = :h ORDER BY surveyed_on DESC, recorded_at DESC
                """).param("h", householdId).query(IntentionSurveys::map).list());
    }

    /** individual id -> id of the survey that currently speaks for them, for the household's members. */
    Map<UUID, UUID> currentInHousehold(UUID householdId) {
        Map<UUID, UUID> current = new HashMap<>();
        jdbc.sql("SELECT individual_id, survey_id FROM current_intention WHERE household_id = :h")
                .param("h", householdId)
                .query(rs -> {
                    current.put(rs.getObject("individual_id", UUID.class), rs.getObject("survey_id", UUID.class));
                });
        return current;
    }

    Optional<IntentionSurvey> currentOf(UUID individualId) {
        return withFears(jdbc.sql("""
                SELECT s.* FROM intention_survey s JOIN current_intention c ON c.survey_id = s.id
                WHERE c.individual_id = :i
                """).param("i", individualId).query(IntentionSurveys::map).list()).stream().findFirst();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM intention_survey").query(Long.class).single();
    }

    /** A person moved: their own surveys and their current intention go with them. */
    void moveIndividual(UUID individualId, UUID toHouseholdId) {
        jdbc.sql("UPDATE intention_survey SET household_id = :to WHERE individual_id = :i")
                .param("to", toHouseholdId).param("i", individualId).update();
        jdbc.sql("UPDATE current_intention SET household_id = :to WHERE individual_id = :i")
                .param("to", toHouseholdId).param("i", individualId).update();
    }

    /** Two households became one: the absorbed one's history now belongs to the kept one. */
    void moveHousehold(UUID fromHouseholdId, UUID toHouseholdId) {
        jdbc.sql("UPDATE intention_survey SET household_id = :to WHERE household_id = :from")
                .param("to", toHouseholdId).param("from", fromHouseholdId).update();
        jdbc.sql("UPDATE current_intention SET household_id = :to WHERE household_id = :from")
                .param("to", toHouseholdId).param("from", fromHouseholdId).update();
    }

    /** A duplicate record was merged into the kept one: its surveys are the kept person's. */
    void reassign(UUID fromIndividualId, UUID toIndividualId) {
        jdbc.sql("UPDATE intention_survey SET individual_id = :to WHERE individual_id = :from")
                .param("to", toIndividualId).param("from", fromIndividualId).update();
        jdbc.sql("""
                UPDATE current_intention SET individual_id = :to WHERE individual_id = :from
                   AND NOT EXISTS (SELECT 1 FROM current_intention WHERE individual_id = :to)
                """).param("to", toIndividualId).param("from", fromIndividualId).update();
        jdbc.sql("DELETE FROM current_intention WHERE individual_id = :from").param("from", fromIndividualId).update();
    }

    private List<IntentionSurvey> withFears(List<IntentionSurvey> surveys) {
        if (surveys.isEmpty()) {
            return surveys;
        }
        Map<UUID, List<StatedFear>> fears = new HashMap<>();
        jdbc.sql("SELECT * FROM intention_fear WHERE survey_id IN (:ids) ORDER BY fear")
                .param("ids", surveys.stream().map(IntentionSurvey::id).toList())
                .query(rs -> {
                    fears.computeIfAbsent(rs.getObject("survey_id", UUID.class), k -> new ArrayList<>())
                            .add(new StatedFear(Fear.valueOf(rs.getString("fear")),
                                    rs.getObject("destination_id", UUID.class)));
                });
        return surveys.stream().map(s -> new IntentionSurvey(s.id(), s.householdId(), s.individualId(),
                s.surveyedOn(), s.interviewer(), s.language(), s.respondentAlone(), s.choice(),
                s.preferredDestinationId(), s.secondDestinationId(), fears.getOrDefault(s.id(), List.of()),
                s.freeText(), s.recordedAt(), s.recordedBy())).toList();
    }

    static IntentionSurvey map(ResultSet rs, int row) throws SQLException {
        return new IntentionSurvey(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
                rs.getObject("individual_id", UUID.class), rs.getDate("surveyed_on").toLocalDate(),
                rs.getString("interviewer"), InterviewLanguage.valueOf(rs.getString("language")),
                rs.getBoolean("respondent_alone"), IntentionChoice.valueOf(rs.getString("choice")),
                rs.getObject("preferred_destination_id", UUID.class),
                rs.getObject("second_destination_id", UUID.class), List.of(), rs.getString("free_text"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
