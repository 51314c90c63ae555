-- Transport (transport module): vehicles, convoys, planning runs and their plans, manifests with their
-- amendments, boarding and arrival events, and unaccounted-for alerts. People, households, destinations,
-- corridors and checkpoints belong to other modules and are referenced here by id only. Names are never
-- copied here: a manifest is printed from the registry, and reading it is audited.

CREATE TABLE vehicle (
    id                uuid PRIMARY KEY,
    ref               text NOT NULL UNIQUE CHECK (ref ~ '^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$'),
    kind              text NOT NULL CHECK (kind IN ('BUS', 'COACH', 'MINIBUS', 'AMBULANCE', 'OTHER')),
    seats             int NOT NULL CHECK (seats BETWEEN 1 AND 120),
    -- places equipped for a traveller who needs a medical seat or escort (stretcher places count here)
    medical_seats     int NOT NULL DEFAULT 0 CHECK (medical_seats BETWEEN 0 AND seats),
    wheelchair_spaces int NOT NULL DEFAULT 0 CHECK (wheelchair_spaces BETWEEN 0 AND seats),
    operator          text NOT NULL,
    driver_contact    text,
    active            boolean NOT NULL DEFAULT true,
    changed_at        timestamptz NOT NULL,
    changed_by        text NOT NULL
);

CREATE TABLE convoy (
    id                       uuid PRIMARY KEY,
    ref                      text NOT NULL UNIQUE,
    destination_id           uuid NOT NULL,
    corridor_id              uuid NOT NULL,
    planned_departure        timestamptz NOT NULL,
    -- from leaving the camp to arrival at the destination; with the corridor's checkpoint times it says
    -- when each traveller is expected where
    expected_journey_minutes int NOT NULL CHECK (expected_journey_minutes > 0),
    escort                   text,
    status                   text NOT NULL CHECK (status IN ('PLANNING', 'MANIFEST_FROZEN', 'BOARDING', 'DEPARTED',
                                                             'ARRIVED', 'ABORTED')),
    departed_at              timestamptz,
    arrived_at               timestamptz,
    created_at               timestamptz NOT NULL,
    created_by               text NOT NULL,
    CHECK ((status IN ('DEPARTED', 'ARRIVED')) = (departed_at IS NOT NULL) OR status = 'ABORTED'),
    CHECK ((status = 'ARRIVED') = (arrived_at IS NOT NULL))
);
CREATE INDEX convoy_status ON convoy (status, planned_departure);

-- Every change of status, with who made it and why. Append-only.
CREATE TABLE convoy_status_change (
    convoy_id   uuid NOT NULL REFERENCES convoy (id),
    at          timestamptz NOT NULL,
    changed_by  text NOT NULL,
    from_status text,
    to_status   text NOT NULL,
    reason      text
);
CREATE INDEX convoy_status_change_convoy ON convoy_status_change (convoy_id, at);

CREATE TABLE convoy_vehicle (
    convoy_id  uuid NOT NULL REFERENCES convoy (id),
    vehicle_id uuid NOT NULL REFERENCES vehicle (id),
    PRIMARY KEY (convoy_id, vehicle_id)
);
CREATE INDEX convoy_vehicle_vehicle ON convoy_vehicle (vehicle_id);

-- A planning run: the instance it solved (units and vehicles below), its progress while it runs, and the
-- best plan found, kept as it improves so that neither a stop nor a restart loses it.
CREATE TABLE planning_run (
    id             uuid PRIMARY KEY,
    convoy_id      uuid NOT NULL REFERENCES convoy (id),
    status         text NOT NULL CHECK (status IN ('SOLVING', 'FINISHED', 'STOPPED', 'INTERRUPTED', 'FAILED')),
    started_at     timestamptz NOT NULL,
    started_by     text NOT NULL,
    time_limit_s   int NOT NULL CHECK (time_limit_s > 0),
    stop_requested boolean NOT NULL DEFAULT false,
    elapsed_ms     bigint NOT NULL DEFAULT 0,
    score          text,
    feasible       boolean,
    -- unit ref -> vehicle ref of the best plan so far; units not named are left behind
    best_plan      jsonb,
    improvements   int NOT NULL DEFAULT 0,
    finished_at    timestamptz,
    failure        text
);
CREATE INDEX planning_run_convoy ON planning_run (convoy_id, started_at DESC);

-- The people of one travelling unit: a whole household, or the part of it that may travel to the destination.
CREATE TABLE planning_unit (
    run_id            uuid NOT NULL REFERENCES planning_run (id),
    ref               text NOT NULL,
    household_id      uuid NOT NULL,
    individual_ids    uuid[] NOT NULL,
    whole_household   boolean NOT NULL,
    size              int NOT NULL CHECK (size > 0),
    medical_seats     int NOT NULL,
    wheelchair_spaces int NOT NULL,
    priority          int NOT NULL,
    registered_on     date NOT NULL,
    block             text,
    PRIMARY KEY (run_id, ref)
);

CREATE TABLE planning_vehicle (
    run_id            uuid NOT NULL REFERENCES planning_run (id),
    vehicle_id        uuid NOT NULL REFERENCES vehicle (id),
    ref               text NOT NULL,
    seats             int NOT NULL,
    medical_seats     int NOT NULL,
    wheelchair_spaces int NOT NULL,
    PRIMARY KEY (run_id, vehicle_id),
    UNIQUE (run_id, ref)
);

-- A plan no longer matches who may travel: someone withdrew, consented, was held or released.
CREATE TABLE plan_flag (
    id              uuid PRIMARY KEY,
    run_id          uuid NOT NULL REFERENCES planning_run (id),
    at              timestamptz NOT NULL,
    reason          text NOT NULL CHECK (reason IN ('CONSENT_WITHDRAWN', 'CONSENT_GIVEN', 'HOLD_PLACED',
                                                    'HOLD_RELEASED', 'HOUSEHOLD_CHANGED')),
    individual_id   uuid,
    household_id    uuid,
    source_event_id uuid
);
CREATE INDEX plan_flag_run ON plan_flag (run_id, at);

-- One manifest per vehicle of a convoy, frozen from a plan. A void manifest (convoy reopened for planning)
-- is kept for the record. issue counts re-issues after amendments.
CREATE TABLE manifest (
    id         uuid PRIMARY KEY,
    convoy_id  uuid NOT NULL REFERENCES convoy (id),
    vehicle_id uuid NOT NULL REFERENCES vehicle (id),
    run_id     uuid NOT NULL REFERENCES planning_run (id),
    number     int NOT NULL,
    issue      int NOT NULL DEFAULT 1,
    frozen_at  timestamptz NOT NULL,
    frozen_by  text NOT NULL,
    voided_at  timestamptz,
    voided_by  text
);
CREATE INDEX manifest_convoy ON manifest (convoy_id, number);
CREATE UNIQUE INDEX manifest_one_per_vehicle ON manifest (convoy_id, vehicle_id) WHERE voided_at IS NULL;

-- Who is on a manifest: ids, and the few facts the counts and markers need (never a name, never a diagnosis).
CREATE TABLE manifest_entry (
    manifest_id  uuid NOT NULL REFERENCES manifest (id),
    individual_id uuid NOT NULL,
    household_id uuid NOT NULL,
    unit_ref     text NOT NULL,
    seat         int NOT NULL,
    sex          text NOT NULL CHECK (sex IN ('F', 'M')),
    age_group    text NOT NULL,
    markers      text[] NOT NULL DEFAULT '{}',
    removed_by   uuid,
    PRIMARY KEY (manifest_id, individual_id)
);
CREATE INDEX manifest_entry_individual ON manifest_entry (individual_id);
CREATE INDEX manifest_entry_household ON manifest_entry (household_id);

-- A change to a frozen manifest: who (by id), when, why, and whether the person was taken off it.
CREATE TABLE manifest_amendment (
    id              uuid PRIMARY KEY,
    manifest_id     uuid NOT NULL REFERENCES manifest (id),
    individual_id   uuid NOT NULL,
    household_id    uuid NOT NULL,
    at              timestamptz NOT NULL,
    recorded_by     text NOT NULL,
    reason          text NOT NULL CHECK (reason IN ('CONSENT_WITHDRAWN', 'PROTECTION_HOLD')),
    removed         boolean NOT NULL,
    issue           int NOT NULL,
    source_event_id uuid
);
CREATE INDEX manifest_amendment_manifest ON manifest_amendment (manifest_id, at);
CREATE UNIQUE INDEX manifest_amendment_once ON manifest_amendment (manifest_id, individual_id, reason, source_event_id);

-- Boarding and arrival as reported by screens and field devices: append-only, the id chosen by the sender.
CREATE TABLE travel_event (
    id             uuid PRIMARY KEY,
    kind           text NOT NULL CHECK (kind IN ('BOARDED', 'ARRIVED')),
    convoy_id      uuid NOT NULL REFERENCES convoy (id),
    household_id   uuid NOT NULL,
    individual_ids uuid[] NOT NULL CHECK (cardinality(individual_ids) > 0),
    occurred_at    timestamptz NOT NULL,
    recorded_at    timestamptz NOT NULL,
    recorded_by    text NOT NULL,
    fingerprint    text NOT NULL
);
CREATE INDEX travel_event_convoy ON travel_event (convoy_id, kind);

-- Someone who boarded and was not seen where and when expected, or was held back or detained on the way.
-- stage: where they were expected (a checkpoint id or ARRIVAL), or the incident that held them; one alert
-- per person and stage, so a resolved alert is not raised again.
CREATE TABLE unaccounted_alert (
    id                      uuid PRIMARY KEY,
    convoy_id               uuid NOT NULL REFERENCES convoy (id),
    individual_id           uuid NOT NULL,
    household_id            uuid NOT NULL,
    vehicle_id              uuid,
    cause                   text NOT NULL CHECK (cause IN ('NOT_SEEN', 'HELD_BACK', 'DETAINED')),
    stage                   text NOT NULL,
    raised_at               timestamptz NOT NULL,
    last_seen_checkpoint_id uuid,
    last_seen_at            timestamptz NOT NULL,
    expected_checkpoint_id  uuid,
    expected_by             timestamptz,
    incident_id             uuid,
    resolved_at             timestamptz,
    resolved_by             text,
    outcome                 text CHECK (outcome IN ('SEEN_SAFE', 'ARRIVED_LATE', 'RETURNED_TO_CAMP',
                                                    'LEFT_BY_CHOICE', 'DETAINED', 'IN_HOSPITAL',
                                                    'RECORDING_ERROR', 'OTHER')),
    outcome_note            text,
    UNIQUE (convoy_id, individual_id, stage),
    CHECK ((resolved_at IS NULL) = (outcome IS NULL))
);
CREATE INDEX unaccounted_alert_open ON unaccounted_alert (raised_at) WHERE resolved_at IS NULL;

CREATE FUNCTION transport_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER travel_event_append_only BEFORE UPDATE OR DELETE ON travel_event
    FOR EACH ROW EXECUTE FUNCTION transport_refuse_change();
CREATE TRIGGER convoy_status_change_append_only BEFORE UPDATE OR DELETE ON convoy_status_change
    FOR EACH ROW EXECUTE FUNCTION transport_refuse_change();
CREATE TRIGGER manifest_amendment_append_only BEFORE UPDATE OR DELETE ON manifest_amendment
    FOR EACH ROW EXECUTE FUNCTION transport_refuse_change();
