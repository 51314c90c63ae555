-- How each person came into the registry (a screen, or an import and its file), shown in their history
-- without writing a history row per person of a bulk import.
ALTER TABLE individual ADD COLUMN registered_via text;

-- Imports started from the upload page run in the background; their progress and report live here so
-- that any request (and any server node) can show them.
CREATE TABLE registry_import_job (
    id          uuid PRIMARY KEY,
    file_name   text NOT NULL,
    started_by  text NOT NULL,
    started_at  timestamptz NOT NULL,
    dry_run     boolean NOT NULL,
    phase       text NOT NULL,
    rows_read   bigint NOT NULL DEFAULT 0,
    rows_total  bigint,
    finished_at timestamptz,
    stored      boolean,
    summary     text,
    report      jsonb
);

-- A date of birth in the template's form (1984 or 1984-03-07), for history entries written in SQL.
CREATE FUNCTION registry_birth_text(birth date, year_only boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN year_only THEN to_char(birth, 'YYYY') ELSE to_char(birth, 'YYYY-MM-DD') END
$$;

-- Refs and search keys are codes and normalised tokens: compared byte-wise ("C"), which makes their indexes
-- several times faster to build and to search than with the database's linguistic collation.
ALTER TABLE household ALTER COLUMN ref TYPE text COLLATE "C";
ALTER TABLE individual ALTER COLUMN ref TYPE text COLLATE "C";
ALTER TABLE individual ALTER COLUMN search_keys TYPE text[] COLLATE "C";
