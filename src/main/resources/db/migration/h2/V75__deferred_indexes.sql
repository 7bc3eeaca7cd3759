-- Second Look: H2 only (issue 17, bench import). A large import takes the case table's plain indexes off and
-- builds them again once at its end (store.DeferredIndexes): each index's statement is recorded here first, so
-- that an import killed in between leaves the record, and the next open builds what is missing. PostgreSQL
-- keeps its indexes through an import and has no such table.
CREATE TABLE deferred_index (
    index_name  VARCHAR(128)   NOT NULL PRIMARY KEY,
    ddl         VARCHAR(4000)  NOT NULL
);

-- V1 declared these foreign keys inline (REFERENCES ...) and then indexed the same column again: H2 had already
-- made an index for each foreign key (CONSTRAINT_INDEX_...), so every imported flag and finding was indexed
-- twice (as V60 found for the training tables). The foreign keys' own indexes stay and serve the same lookups.
DROP INDEX IF EXISTS ix_screening_flag_version;
DROP INDEX IF EXISTS ix_finding_version;
