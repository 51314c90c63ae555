package org.safepassage.consent;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.consent.DemoIntentionSampler.Places;
import org.safepassage.consent.DemoIntentionSampler.Sample;
import org.safepassage.consent.DemoIntentionSampler.Survey;
import org.safepassage.consent.Residents.Household;
import org.safepassage.consent.Residents.Resident;
import org.safepassage.registry.DemoCamp;
import org.safepassage.registry.RegistryImported;
import org.safepassage.security.AuditLog;
import org.safepassage.shared.Ids;
import org.safepassage.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Gives the demo camp its intentions, consents and protection holds, so the rest of the system has something
 * true to work on. Runs once, after the registry has loaded the demo camp on the first start of an empty
 * database ({@code safepassage.demo.load-on-first-start}), and never when anything was recorded here before.
 * Written in bulk: one audit entry and one {@link DemoIntentionsRecorded} event for the whole camp.
 */
@Component
class DemoIntentions {

    private static final Logger log = LoggerFactory.getLogger(DemoIntentions.class);
    static final String DEMO_FILE = "demo " + DemoCamp.CAMP_FILE;
    private static final String RECORDED_BY = "demo";

    private final Residents residents;
    private final Destinations destinations;
    private final InformationTexts texts;
    private final IntentionSurveys surveys;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean enabled;
    private final long seed;

    DemoIntentions(Residents residents, Destinations destinations, InformationTexts texts, IntentionSurveys surveys,
            JdbcTemplate jdbc, ApplicationEventPublisher events, AuditLog audit, Clock clock,
            @Value("${safepassage.demo.load-on-first-start:true}") boolean enabled,
            @Value("${safepassage.demo.seed:" + DemoCamp.DEFAULT_SEED + "}") long seed) {
        this.residents = residents;
        this.destinations = destinations;
        this.texts = texts;
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.enabled = enabled;
        this.seed = seed;
    }

    @ApplicationModuleListener
    void on(RegistryImported event) {
        if (enabled && DEMO_FILE.equals(event.file()) && surveys.count() == 0) {
            generate(seed);
        }
    }

    /** Draws and records the intentions of every household in the registry; returns what was recorded. */
    DemoIntentionsRecorded generate(long seed) {
        long started = System.nanoTime();
        Map<String, UUID> byCode = destinations.all().stream()
                .collect(Collectors.toMap(Destination::code, Destination::id));
        Places places = Places.of(byCode);
        InformationText text = texts.current().orElseThrow();
        Set<String> holdCodes = residents.protectionHoldCodes();
        LocalDate today = LocalDate.now(clock);
        var batch = new Batch(today, text);
        // households already interviewed or consenting keep what was recorded for them
        Set<UUID> alreadyRecorded = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT household_id FROM intention_survey UNION SELECT household_id FROM consent", UUID.class));

        int page = 0;
        int households = 0;
        while (true) {
            var chunk = residents.households(new PageRequest(page++, PageRequest.MAX_SIZE));
            if (chunk.items().isEmpty()) {
                break;
            }
            var members = residents.members(chunk.items().stream().map(Household::id).toList());
            for (Household household : chunk.items()) {
                List<Resident> people = members.getOrDefault(household.id(), List.of());
                if (people.isEmpty() || alreadyRecorded.contains(household.id())) {
                    continue;
                }
                households++;
                batch.add(household, people,
                        DemoIntentionSampler.sample(household, people, places, seed, today), holdCodes);
            }
            if (!chunk.hasNext()) {
                break;
            }
        }
        batch.flush();
        var recorded = new DemoIntentionsRecorded(households, batch.surveys.size(), batch.consents.size(),
                batch.holds.size());
        audit.record("DEMO_INTENTIONS_RECORDED", "intention-survey", null, "households=" + recorded.households()
                + " surveys=" + recorded.surveys() + " consents=" + recorded.consents() + " holds=" + recorded.holds());
        events.publishEvent(recorded);
        log.info("Demo intentions: {} surveys, {} consents, {} protection holds for {} households in {} ms",
                recorded.surveys(), recorded.consents(), recorded.holds(), households,
                (System.nanoTime() - started) / 1_000_000);
        return recorded;
    }

    /** Rows gathered in memory and written with JDBC batches. */
    private final class Batch {
        final LocalDate today;
        final InformationText text;
        final List<Object[]> surveys = new ArrayList<>();
        final List<Object[]> fears = new ArrayList<>();
        final List<Object[]> current = new ArrayList<>();
        final List<Object[]> consents = new ArrayList<>();
        final List<Object[]> minors = new ArrayList<>();
        final List<Object[]> holds = new ArrayList<>();

        Batch(LocalDate today, InformationText text) {
            this.today = today;
            this.text = text;
        }

        void add(Household household, List<Resident> people, Sample sample, Set<String> holdCodes) {
            Map<UUID, IntentionSurvey> currentOf = new HashMap<>();
            var householdSurvey = survey(household, sample.household());
            people.forEach(p -> currentOf.put(p.individualId(), householdSurvey));
            for (Survey own : sample.members()) {
                currentOf.put(own.individualId(), survey(household, own));
            }
            currentOf.forEach((individual, survey) -> current.add(new Object[] {individual, household.id(),
                    survey.id(), !survey.household()}));

            Map<UUID, Resident> byId = people.stream().collect(Collectors.toMap(Resident::individualId, p -> p));
            for (var signed : sample.consents()) {
                UUID consentId = Ids.newId(clock);
                LocalDate from = today.minusDays(5);
                consents.add(new Object[] {consentId, signed.individualId(), household.id(), signed.destinationId(),
                        Date.valueOf(from), Date.valueOf(from.plusDays(35)), text.id(), TextLanguage.AR.name(),
                        signed.method().name(), signed.witness(), Timestamp.from(clock.instant()), RECORDED_BY});
                signed.minorIds().forEach(minor -> minors.add(new Object[] {consentId, minor}));
                for (UUID carried : union(signed.individualId(), signed.minorIds())) {
                    Resident person = byId.get(carried);
                    for (var cause : HoldPolicy.causes(person, holdCodes, Optional.ofNullable(currentOf.get(carried)),
                            signed.destinationId())) {
                        holds.add(new Object[] {Ids.newId(clock), carried, household.id(), signed.destinationId(),
                                cause.basis().name(), cause.key(), cause.detail(), Timestamp.from(clock.instant()),
                                RECORDED_BY});
                    }
                }
            }
        }

        private IntentionSurvey survey(Household household, Survey s) {
            var survey = new IntentionSurvey(Ids.newId(clock), household.id(), s.individualId(), s.on(),
                    s.interviewer(), s.language(), s.alone(), s.choice(), s.preferred(), s.second(), s.fears(), null,
                    clock.instant(), RECORDED_BY);
            surveys.add(new Object[] {survey.id(), household.id(), s.individualId(), Date.valueOf(s.on()),
                    s.interviewer(), s.language().name(), s.alone(), s.choice().name(), s.preferred(), s.second(),
                    household.originPcode(), Timestamp.from(survey.recordedAt()), RECORDED_BY});
            s.fears().forEach(f -> fears.add(new Object[] {survey.id(), f.fear().name(), f.destinationId()}));
            return survey;
        }

        void flush() {
            jdbc.batchUpdate("""
                    INSERT INTO intention_survey (id, household_id, individual_id, surveyed_on, interviewer, language,
                            respondent_alone, choice, preferred_destination_id, second_destination_id, origin_pcode,
                            recorded_at, recorded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, surveys);
            jdbc.batchUpdate("INSERT INTO intention_fear (survey_id, fear, destination_id) VALUES (?, ?, ?)", fears);
            jdbc.batchUpdate("""
                    INSERT INTO current_intention (individual_id, household_id, survey_id, own) VALUES (?, ?, ?, ?)
                    ON CONFLICT (individual_id) DO NOTHING
                    """, current);
            jdbc.batchUpdate("""
                    INSERT INTO consent (id, individual_id, household_id, destination_id, window_from, window_until,
                            information_text_id, language, method, witness, recorded_at, recorded_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, consents);
            jdbc.batchUpdate("INSERT INTO consent_minor (consent_id, individual_id) VALUES (?, ?)", minors);
            jdbc.batchUpdate("""
                    INSERT INTO protection_hold (id, individual_id, household_id, destination_id, basis, cause, detail,
                            placed_at, placed_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (individual_id, destination_id, cause) DO NOTHING
                    """, holds);
        }
    }

    private static Set<UUID> union(UUID one, Set<UUID> more) {
        var all = new java.util.HashSet<>(more);
        all.add(one);
        return all;
    }
}
