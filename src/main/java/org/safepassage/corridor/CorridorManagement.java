package org.safepassage.corridor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.safepassage.corridor.internal.CheckpointEventLog;
import org.safepassage.corridor.internal.CheckpointFigures;
import org.safepassage.corridor.internal.Checkpoints;
import org.safepassage.corridor.internal.CorridorProperties;
import org.safepassage.corridor.internal.Corridors;
import org.safepassage.corridor.internal.Incidents;
import org.springframework.stereotype.Service;

/**
 * The corridor module's facade: corridors with their status, checkpoints in order with their expected travel
 * times, passages by convoy, household or person, throughput and travel times. Everything here is a query;
 * changes go through {@link CorridorAdministration} and {@link CheckpointRecording}.
 */
@Service
public class CorridorManagement {

    private final Corridors corridors;
    private final Checkpoints checkpoints;
    private final CheckpointEventLog events;
    private final CheckpointFigures figures;
    private final Incidents incidents;
    private final CorridorProperties properties;
    private final Clock clock;

    CorridorManagement(Corridors corridors, Checkpoints checkpoints, CheckpointEventLog events,
            CheckpointFigures figures, Incidents incidents, CorridorProperties properties, Clock clock) {
        this.corridors = corridors;
        this.checkpoints = checkpoints;
        this.events = events;
        this.figures = figures;
        this.incidents = incidents;
        this.properties = properties;
        this.clock = clock;
    }

    /** All corridors, by code, with the status in force now. */
    public List<Corridor> corridors() {
        return corridors.all(clock.instant());
    }

    public Optional<Corridor> corridor(UUID corridorId) {
        return corridorId == null ? Optional.empty() : corridors.find(corridorId, clock.instant());
    }

    /** The corridor's status history, newest first; its current status is derived from it. */
    public StatusHistory history(UUID corridorId) {
        return corridors.history(corridorId);
    }

    /** The checkpoints of a corridor in order from the camp, each with its expected travel time from the camp. */
    public List<Checkpoint> checkpoints(UUID corridorId) {
        return checkpoints.ofCorridor(corridorId);
    }

    /** Every checkpoint of every corridor. */
    public List<Checkpoint> allCheckpoints() {
        return checkpoints.all();
    }

    public Optional<Checkpoint> checkpoint(UUID checkpointId) {
        return checkpointId == null ? Optional.empty() : checkpoints.find(checkpointId);
    }

    /** The checkpoint after this one along its corridor; empty after the last one. */
    public Optional<Checkpoint> nextCheckpoint(UUID checkpointId) {
        return checkpoint(checkpointId).flatMap(current -> checkpoints.ofCorridor(current.corridorId()).stream()
                .filter(c -> c.sequence() > current.sequence()).min(Comparator.comparingInt(Checkpoint::sequence)));
    }

    /** Passages in force of a convoy, in time order. */
    public List<Passage> passagesOfConvoy(UUID convoyId) {
        return events.passagesOfConvoy(convoyId);
    }

    /** Passages in force of a household (whole or in part), in time order. */
    public List<Passage> passagesOfHousehold(UUID householdId) {
        return events.passagesOfHousehold(householdId);
    }

    /** Passages in force that name this person, in time order: the last one is where they were last seen. */
    public List<Passage> passagesOfPerson(UUID individualId) {
        return events.passagesOfPerson(individualId);
    }

    /** People passing a checkpoint per hour and per day, from the start of {@code from} to the end of {@code to}. */
    public Throughput throughput(UUID checkpointId, LocalDate from, LocalDate to) {
        return figures.throughput(checkpointId, from, to, zone());
    }

    /** Every checkpoint's day: people passed and services delivered (checkpoints without any are left out). */
    public Map<UUID, CheckpointDay> day(LocalDate day) {
        return figures.day(day, zone());
    }

    /** For each checkpoint of the corridor, how long convoys took from the camp (see {@link TravelTime}). */
    public List<TravelTime> travelTimes(UUID corridorId) {
        return figures.travelTimes(corridorId);
    }

    /** Incidents in force per checkpoint and type since a moment; counts only, nobody named. */
    public List<IncidentCount> incidentCounts(Instant since) {
        return incidents.counts(since);
    }

    /** The operation's local time zone, in which opening hours and days are reckoned. */
    public ZoneId zone() {
        return properties.zone();
    }

    /** Today in the operation's local time. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }
}
