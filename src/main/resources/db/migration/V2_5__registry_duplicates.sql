-- Pairs of people who may be one person registered twice, found by deduplication (after an import, on a
-- registration, or by a scan). Nothing is merged by finding: a clerk confirms (merges) or rejects each pair,
-- and an administrator can undo a merge. person_a is the smaller id, so each pair is stored once.
CREATE TABLE registry_duplicate (
    id               uuid PRIMARY KEY,
    person_a         uuid NOT NULL REFERENCES individual (id),
    person_b         uuid NOT NULL REFERENCES individual (id),
    score            real NOT NULL CHECK (score >= 0 AND score <= 1),
    decision         text NOT NULL CHECK (decision IN ('MATCH', 'REVIEW')),
    -- message keys of the reasons, with a number where they have one: dedup.reason.birth.yearsApart:2
    reasons          text[] NOT NULL DEFAULT '{}',
    found_by         text NOT NULL,
    found_at         timestamptz NOT NULL,
    status           text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'REJECTED', 'MERGED')),
    kept             uuid REFERENCES individual (id),
    -- a household of one that the merge closed (the duplicate was its head), opened again if undone
    closed_household uuid REFERENCES household (id),
    decided_by       text,
    decided_at       timestamptz,
    CHECK (person_a < person_b),
    UNIQUE (person_a, person_b)
);
CREATE INDEX registry_duplicate_open ON registry_duplicate (score DESC, id) WHERE status = 'OPEN';
CREATE INDEX registry_duplicate_person_b ON registry_duplicate (person_b);

-- When the whole registry was last linked, so that a server starting after imports made without it (from the
-- command line) catches up.
CREATE TABLE registry_duplicate_scan (
    at       timestamptz PRIMARY KEY,
    found_by text NOT NULL,
    people   int NOT NULL,
    added    int NOT NULL
);
