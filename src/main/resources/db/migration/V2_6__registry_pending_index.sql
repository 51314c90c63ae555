-- Indexes a bulk import took off and left to be built once it committed (the search's inverted index takes
-- PostgreSQL far longer to build than the rows take to store). Written in the import's transaction, so a
-- rollback forgets them and a crash cannot; each row goes when its index is built.
CREATE TABLE registry_pending_index (
    name       text PRIMARY KEY,
    definition text NOT NULL CHECK (definition LIKE 'CREATE INDEX %')
);
