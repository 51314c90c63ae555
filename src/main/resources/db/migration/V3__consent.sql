-- Intentions and informed consent (consent module): where people want to go, their consent to go there,
-- and the protection holds that keep a person at risk off a convoy until a protection officer has looked.
-- Individuals and households are the registry's; they are referenced here by id only.

-- Where people may be taken. Reference data kept by ADMIN/LOGISTICS; other modules refer to it by id or code.
CREATE TABLE destination (
    id                  uuid PRIMARY KEY,
    code                text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_en             text NOT NULL,
    name_ar             text NOT NULL,
    kind                text NOT NULL CHECK (kind IN ('PLACE_OF_ORIGIN', 'GOVERNMENT_HELD', 'OPPOSITION_NORTH',
                                                      'THIRD_PLACE')),
    governorate_pcode   text CHECK (governorate_pcode ~ '^SY[0-9]{2}$'),
    corridor_open       boolean NOT NULL DEFAULT false,
    transport_available boolean NOT NULL DEFAULT false,
    active              boolean NOT NULL DEFAULT true,
    changed_at          timestamptz NOT NULL,
    changed_by          text NOT NULL
);

-- The information read out before anyone consents. Never edited: a change is a new version, so every
-- consent keeps pointing at the exact words the person heard.
CREATE TABLE information_text (
    id           uuid PRIMARY KEY,
    version      int NOT NULL UNIQUE CHECK (version > 0),
    title_en     text NOT NULL,
    title_ar     text NOT NULL,
    body_en      text NOT NULL,
    body_ar      text NOT NULL,
    published_at timestamptz NOT NULL,
    published_by text NOT NULL
);

-- Every interview is kept; the newest one that concerns a person is their current intention.
-- individual_id NULL: the household answered as one.
CREATE TABLE intention_survey (
    id                       uuid PRIMARY KEY,
    household_id             uuid NOT NULL,
    individual_id            uuid,
    surveyed_on              date NOT NULL,
    interviewer              text NOT NULL,
    language                 text NOT NULL CHECK (language IN ('AR', 'EN', 'KU', 'OTHER')),
    respondent_alone         boolean NOT NULL,
    choice                   text NOT NULL CHECK (choice IN ('DESTINATION', 'STAY', 'UNDECIDED')),
    preferred_destination_id uuid REFERENCES destination (id),
    second_destination_id    uuid REFERENCES destination (id),
    -- the respondent's own words: shown to PROTECTION only
    free_text                text,
    origin_pcode             text,
    recorded_at              timestamptz NOT NULL,
    recorded_by              text NOT NULL,
    CHECK ((choice = 'DESTINATION') = (preferred_destination_id IS NOT NULL)),
    CHECK (second_destination_id IS NULL OR second_destination_id IS DISTINCT FROM preferred_destination_id)
);
CREATE INDEX intention_survey_household ON intention_survey (household_id, surveyed_on DESC, recorded_at DESC);
CREATE INDEX intention_survey_individual ON intention_survey (individual_id) WHERE individual_id IS NOT NULL;

-- Reasons and fears from the fixed list; destination_id NULL: the fear concerns every destination.
CREATE TABLE intention_fear (
    survey_id      uuid NOT NULL REFERENCES intention_survey (id),
    fear           text NOT NULL CHECK (fear IN ('ARREST_OR_DETENTION', 'FORCED_CONSCRIPTION',
                                                 'TORTURE_OR_ILL_TREATMENT', 'LOSS_OF_PROPERTY_OR_DOCUMENTS',
                                                 'NO_SHELTER_AT_DESTINATION', 'FAMILY_SEPARATION', 'OTHER')),
    destination_id uuid REFERENCES destination (id),
    PRIMARY KEY (survey_id, fear)
);

-- The survey that currently speaks for each person: their own newest, else their household's newest.
-- A read model kept with every survey, so counts and the hold policy need no registry round trip.
CREATE TABLE current_intention (
    individual_id uuid PRIMARY KEY,
    household_id  uuid NOT NULL,
    survey_id     uuid NOT NULL REFERENCES intention_survey (id),
    own           boolean NOT NULL
);
CREATE INDEX current_intention_survey ON current_intention (survey_id);
CREATE INDEX current_intention_household ON current_intention (household_id);

-- Informed consent of one adult to one destination for one convoy window. A head of household's consent
-- also covers the minors listed in consent_minor. Withdrawal is a transition, never a deletion.
CREATE TABLE consent (
    id                  uuid PRIMARY KEY,
    individual_id       uuid NOT NULL,
    household_id        uuid NOT NULL,
    destination_id      uuid NOT NULL REFERENCES destination (id),
    window_from         date NOT NULL,
    window_until        date NOT NULL,
    information_text_id uuid NOT NULL REFERENCES information_text (id),
    language            text NOT NULL CHECK (language IN ('AR', 'EN')),
    method              text NOT NULL CHECK (method IN ('VERBAL_WITH_WITNESS', 'THUMBPRINT', 'SIGNATURE')),
    witness             text,
    recorded_at         timestamptz NOT NULL,
    recorded_by         text NOT NULL,
    withdrawn_at        timestamptz,
    withdrawn_by        text,
    withdrawal_reason   text CHECK (withdrawal_reason IN ('CHANGED_MIND', 'FEARS_FOR_SAFETY', 'FAMILY_REASONS',
                                                          'PRESSURED', 'SUPERSEDED', 'OTHER')),
    withdrawal_note     text,
    CHECK (window_from <= window_until),
    CHECK (method <> 'VERBAL_WITH_WITNESS' OR witness IS NOT NULL),
    CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);
-- one open consent per person: a new one supersedes (withdraws) the old one in the same transaction
CREATE UNIQUE INDEX consent_one_open ON consent (individual_id) WHERE withdrawn_at IS NULL;
CREATE INDEX consent_destination_open ON consent (destination_id) WHERE withdrawn_at IS NULL;
CREATE INDEX consent_household ON consent (household_id);

CREATE TABLE consent_minor (
    consent_id    uuid NOT NULL REFERENCES consent (id),
    individual_id uuid NOT NULL,
    PRIMARY KEY (consent_id, individual_id)
);
CREATE INDEX consent_minor_individual ON consent_minor (individual_id);

-- A person held back from convoys to one destination until a PROTECTION officer releases them with a reason.
-- cause identifies what raised it (a needs code, a survey, an officer), so a released cause is not raised again.
CREATE TABLE protection_hold (
    id             uuid PRIMARY KEY,
    individual_id  uuid NOT NULL,
    household_id   uuid NOT NULL,
    destination_id uuid NOT NULL REFERENCES destination (id),
    basis          text NOT NULL CHECK (basis IN ('SPECIFIC_NEED', 'STATED_FEAR', 'OFFICER')),
    cause          text NOT NULL,
    detail         text,
    placed_at      timestamptz NOT NULL,
    placed_by      text NOT NULL,
    released_at    timestamptz,
    released_by    text,
    release_reason text,
    CHECK ((released_at IS NULL) = (release_reason IS NULL)),
    UNIQUE (individual_id, destination_id, cause)
);
CREATE INDEX protection_hold_open ON protection_hold (destination_id, individual_id) WHERE released_at IS NULL;
CREATE INDEX protection_hold_household ON protection_hold (household_id);
