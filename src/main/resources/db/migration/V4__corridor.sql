-- Corridors out of the camp, their checkpoints, and what happens there (corridor module).

CREATE TABLE corridor (
    id         uuid PRIMARY KEY,
    code       text NOT NULL UNIQUE,
    name_en    text NOT NULL,
    name_ar    text NOT NULL,
    from_place text NOT NULL,
    to_place   text NOT NULL,
    authority  text NOT NULL,
    -- GeoJSON LineString geometry: {"type": "LineString", "coordinates": [[longitude, latitude], ...]}
    route      jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    created_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL
);

-- The destinations a corridor serves, by a code the consent module's destinations can be mapped to later;
-- the names are kept for display until then.
CREATE TABLE corridor_destination (
    corridor_id uuid NOT NULL REFERENCES corridor (id),
    position    int  NOT NULL,
    code        text NOT NULL,
    name_en     text NOT NULL,
    name_ar     text NOT NULL,
    PRIMARY KEY (corridor_id, code)
);

-- The status of a corridor is the latest entry of its history (by effective time, then by when it was
-- recorded); it is never stored anywhere else.
CREATE TABLE corridor_status_change (
    id           uuid PRIMARY KEY,
    corridor_id  uuid NOT NULL REFERENCES corridor (id),
    status       text NOT NULL CHECK (status IN ('PLANNED', 'OPEN', 'SUSPENDED', 'CLOSED')),
    reason       text,
    effective_at timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL,
    recorded_by  text NOT NULL
);
CREATE INDEX corridor_status_change_latest ON corridor_status_change (corridor_id, effective_at DESC, recorded_at DESC);

CREATE TABLE checkpoint (
    id                  uuid PRIMARY KEY,
    corridor_id         uuid NOT NULL REFERENCES corridor (id),
    code                text NOT NULL UNIQUE,
    name_en             text NOT NULL,
    name_ar             text NOT NULL,
    -- order along the corridor, 1 = nearest to the camp
    sequence            int  NOT NULL CHECK (sequence >= 1),
    longitude           double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    latitude            double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    -- expected travel time from leaving the camp to this checkpoint
    expected_minutes    int  NOT NULL CHECK (expected_minutes >= 0),
    operator            text NOT NULL,
    -- local time of the operation; both empty: open around the clock
    opens_at            time,
    closes_at           time,
    capacity_per_hour   int CHECK (capacity_per_hour > 0),
    liaison_name        text,
    liaison_phone       text,
    created_at          timestamptz NOT NULL,
    created_by          text NOT NULL,
    updated_at          timestamptz NOT NULL,
    updated_by          text NOT NULL,
    CONSTRAINT checkpoint_sequence_unique UNIQUE (corridor_id, sequence) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((opens_at IS NULL) = (closes_at IS NULL))
);

-- The services a checkpoint offers (a service it does not offer has no row) and whether they are available now.
CREATE TABLE checkpoint_service (
    checkpoint_id uuid NOT NULL REFERENCES checkpoint (id),
    service       text NOT NULL CHECK (service IN ('FOOD', 'WATER', 'CLOTHING', 'MEDICAL_SCREENING', 'HYGIENE',
                                                   'LEGAL_HELP', 'OTHER')),
    availability  text NOT NULL CHECK (availability IN ('AVAILABLE', 'LIMITED', 'UNAVAILABLE')),
    updated_at    timestamptz NOT NULL,
    updated_by    text NOT NULL,
    PRIMARY KEY (checkpoint_id, service)
);

-- Field events at checkpoints, append-only. The id is chosen by the client (phone, device), so a report sent
-- twice is stored once; the fingerprint of its content tells a repeat from a different report reusing an id.
-- A correction is a new event naming the one it corrects (a retraction cancels it); an event is corrected at
-- most once, so the events in force are those nobody corrected.
CREATE TABLE checkpoint_event (
    id               uuid PRIMARY KEY,
    kind             text NOT NULL CHECK (kind IN ('PASSAGE', 'SERVICE', 'INCIDENT', 'RETRACTION')),
    checkpoint_id    uuid NOT NULL REFERENCES checkpoint (id),
    occurred_at      timestamptz NOT NULL,
    household_id     uuid,
    convoy_id        uuid,
    -- passage: how many people passed (the listed members, or a head count when they were not listed)
    person_count     int CHECK (person_count > 0),
    -- passage: when the convoy left the camp, if the reporter knows it
    departed_camp_at timestamptz,
    -- service: what was given; for a medical screening only whether a referral was made, never a diagnosis
    service          text CHECK (service IN ('FOOD', 'WATER', 'CLOTHING', 'MEDICAL_SCREENING', 'HYGIENE',
                                             'LEGAL_HELP', 'OTHER')),
    quantity         int CHECK (quantity > 0),
    referral         boolean,
    corrects         uuid UNIQUE REFERENCES checkpoint_event (id),
    fingerprint      text NOT NULL,
    recorded_at      timestamptz NOT NULL,
    recorded_by      text NOT NULL,
    CHECK (kind <> 'PASSAGE' OR person_count IS NOT NULL),
    CHECK (kind <> 'SERVICE' OR service IS NOT NULL),
    CHECK (kind <> 'RETRACTION' OR corrects IS NOT NULL)
);
CREATE INDEX checkpoint_event_at ON checkpoint_event (checkpoint_id, occurred_at);
CREATE INDEX checkpoint_event_convoy ON checkpoint_event (convoy_id) WHERE convoy_id IS NOT NULL;
CREATE INDEX checkpoint_event_household ON checkpoint_event (household_id) WHERE household_id IS NOT NULL;

-- The members of a household an event concerns (who passed, who was served).
CREATE TABLE checkpoint_event_person (
    event_id      uuid NOT NULL REFERENCES checkpoint_event (id),
    individual_id uuid NOT NULL,
    PRIMARY KEY (event_id, individual_id)
);
CREATE INDEX checkpoint_event_person_individual ON checkpoint_event_person (individual_id);

-- The events in force: not retractions themselves, and not corrected or retracted by a later event.
CREATE VIEW checkpoint_event_in_force AS
SELECT e.*
FROM checkpoint_event e
WHERE e.kind <> 'RETRACTION'
  AND NOT EXISTS (SELECT 1 FROM checkpoint_event c WHERE c.corrects = e.id);

-- Incidents at checkpoints, restricted to protection staff. Who was concerned lives only here, not in the
-- event envelope above, so counting events never touches it. Shaped to become the protection module's
-- incident record: the checkpoint is optional, a status follows up the case, and people are kept per incident.
CREATE TABLE checkpoint_incident (
    id            uuid PRIMARY KEY REFERENCES checkpoint_event (id),
    type          text NOT NULL CHECK (type IN ('HELD_BACK', 'DETAINED', 'SEPARATED_FROM_FAMILY', 'TURNED_BACK',
                                                'SERVICE_DENIED', 'SEARCHED', 'THREATENED')),
    occurred_at   timestamptz NOT NULL,
    checkpoint_id uuid REFERENCES checkpoint (id),
    household_id  uuid,
    convoy_id     uuid,
    -- how many people were concerned, also when they are not known individually
    people_count  int NOT NULL CHECK (people_count > 0),
    status        text NOT NULL DEFAULT 'REPORTED' CHECK (status IN ('REPORTED', 'FOLLOWED_UP', 'CLOSED')),
    reported_at   timestamptz NOT NULL,
    reported_by   text NOT NULL
);
CREATE INDEX checkpoint_incident_at ON checkpoint_incident (occurred_at);

CREATE TABLE checkpoint_incident_person (
    incident_id   uuid NOT NULL REFERENCES checkpoint_incident (id),
    individual_id uuid NOT NULL,
    PRIMARY KEY (incident_id, individual_id)
);
CREATE INDEX checkpoint_incident_person_individual ON checkpoint_incident_person (individual_id);

CREATE FUNCTION corridor_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER corridor_status_change_append_only BEFORE UPDATE OR DELETE ON corridor_status_change
    FOR EACH ROW EXECUTE FUNCTION corridor_refuse_change();
CREATE TRIGGER checkpoint_event_append_only BEFORE UPDATE OR DELETE ON checkpoint_event
    FOR EACH ROW EXECUTE FUNCTION corridor_refuse_change();
CREATE TRIGGER checkpoint_event_person_append_only BEFORE UPDATE OR DELETE ON checkpoint_event_person
    FOR EACH ROW EXECUTE FUNCTION corridor_refuse_change();
