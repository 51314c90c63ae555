package org.safepassage.corridor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.safepassage.corridor.Checkpoint;
import org.safepassage.corridor.CheckpointDay;
import org.safepassage.corridor.Corridor;
import org.safepassage.corridor.CorridorManagement;
import org.safepassage.corridor.IncidentCount;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Gathers what the corridor board and a corridor's page show: map, checkpoints, today's figures. */
@Component
class BoardView {

    /** Incidents are counted over this many days up to today. */
    static final int INCIDENT_DAYS = 7;

    private final CorridorManagement corridors;
    private final JsonMapper json;
    private final Clock clock;

    BoardView(CorridorManagement corridors, JsonMapper json, Clock clock) {
        this.corridors = corridors;
        this.json = json;
        this.clock = clock;
    }

    record CheckpointRow(Checkpoint checkpoint, CheckpointDay today, long incidents, boolean openNow) {
    }

    record CorridorCard(Corridor corridor, List<CheckpointRow> checkpoints) {
        long peopleToday() {
            return checkpoints.stream().mapToLong(row -> row.today().people()).sum();
        }
    }

    List<CorridorCard> cards(List<Corridor> list) {
        LocalDate today = corridors.today();
        Map<UUID, CheckpointDay> day = corridors.day(today);
        Map<UUID, Long> incidents = incidentsByCheckpoint(today);
        LocalTime now = ZonedDateTime.now(clock.withZone(corridors.zone())).toLocalTime();
        return list.stream().map(corridor -> new CorridorCard(corridor, corridors.checkpoints(corridor.id()).stream()
                .map(c -> new CheckpointRow(c, day.getOrDefault(c.id(), CheckpointDay.none(c.id(), today)),
                        incidents.getOrDefault(c.id(), 0L), c.openingHours().isOpenAt(now)))
                .toList())).toList();
    }

    String mapJson(List<Corridor> list) {
        List<Checkpoint> checkpoints = list.stream().flatMap(c -> corridors.checkpoints(c.id()).stream()).toList();
        return json.writeValueAsString(GeoJson.featureCollection(list, checkpoints,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    private Map<UUID, Long> incidentsByCheckpoint(LocalDate today) {
        var since = today.minusDays(INCIDENT_DAYS - 1L).atStartOfDay(corridors.zone()).toInstant()
                .truncatedTo(ChronoUnit.SECONDS);
        return corridors.incidentCounts(since).stream()
                .collect(Collectors.groupingBy(IncidentCount::checkpointId, Collectors.summingLong(IncidentCount::count)));
    }
}
