-- Users, field devices and the hash-chained audit log (security module), and the event publication
-- registry that lets modules react to each other's events after commit, surviving a crash.

CREATE TABLE app_user (
    id            uuid PRIMARY KEY,
    username      text NOT NULL UNIQUE,
    display_name  text NOT NULL,
    password_hash text NOT NULL,
    enabled       boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    created_by    text NOT NULL
);

CREATE TABLE app_user_role (
    user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    text NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- A field device authenticates with a random token; only its SHA-256 is kept.
CREATE TABLE device (
    id           uuid PRIMARY KEY,
    name         text NOT NULL,
    token_hash   text NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    revoked_at   timestamptz,
    last_seen_at timestamptz
);

-- Append-only. Each entry carries the SHA-256 of the previous entry's hash and its own content, so any
-- edit, deletion or insertion in the middle breaks the chain at that entry.
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    record_type text,
    record_id   text,
    address     text,
    details     text,
    prev_hash   text NOT NULL,
    hash        text NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (record_type, record_id);
CREATE INDEX audit_log_actor ON audit_log (actor, at);

CREATE FUNCTION audit_entry_hash(prev_hash text, id bigint, at timestamptz, actor text, action text,
                                 record_type text, record_id text, address text, details text)
    RETURNS text LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(
        prev_hash || '|' || id || '|' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
        || '|' || actor || '|' || action || '|' || coalesce(record_type, '') || '|' || coalesce(record_id, '')
        || '|' || coalesce(address, '') || '|' || coalesce(details, ''), 'UTF8')), 'hex')
$$;

-- Chains every new entry. The advisory lock serialises writers so that two transactions never link to the
-- same predecessor; the id is drawn after the lock so that id order is chain order.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous text;
BEGIN
    PERFORM pg_advisory_xact_lock(7420310);
    NEW.id := nextval('audit_log_id_seq');
    SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous, repeat('0', 64));
    NEW.hash := audit_entry_hash(NEW.prev_hash, NEW.id, NEW.at, NEW.actor, NEW.action, NEW.record_type,
                                 NEW.record_id, NEW.address, NEW.details);
    RETURN NEW;
END
$$;

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;

CREATE TABLE event_publication (
    id                     uuid NOT NULL PRIMARY KEY,
    listener_id            text NOT NULL,
    event_type             text NOT NULL,
    serialized_event       text NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
