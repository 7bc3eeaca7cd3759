-- Second Look: the word index behind the queue's search, and indexes shaped for the queue's filters.
-- Portable SQL (H2 and PostgreSQL); the binary type comes from the placeholder ${bytes} set by the store.

-- Résumé versions waiting for the word index (written with the version, taken off by the indexer).
CREATE TABLE search_pending (
    version_id  BIGINT  NOT NULL PRIMARY KEY
);
INSERT INTO search_pending (version_id) SELECT id FROM resume_version;

-- One row per word and segment: the applicants (row ids, varint-coded differences) holding that word.
CREATE TABLE search_posting (
    term        VARCHAR(40) NOT NULL,
    segment     BIGINT      NOT NULL,
    applicants  ${bytes}    NOT NULL,
    PRIMARY KEY (term, segment)
);

-- An applicant indexed again (a newer résumé version): its entries in segments before this one are stale.
CREATE TABLE search_superseded (
    applicant_id  BIGINT  NOT NULL,
    segment       BIGINT  NOT NULL,
    PRIMARY KEY (applicant_id, segment)
);

-- One row: the next segment number; indexers lock it so that two never write at once.
CREATE TABLE search_state (
    id            INTEGER  NOT NULL PRIMARY KEY,
    next_segment  BIGINT   NOT NULL
);
INSERT INTO search_state (id, next_segment) VALUES (1, 1);

-- The default queue order (highest risk first, then id) read straight from an index, and one index that
-- answers counts for any mix of the label, verdict, state, office and reviewer filters without reading rows.
DROP INDEX ix_applicant_risk;
CREATE INDEX ix_applicant_queue ON applicant (risk DESC, applicant_id);
DROP INDEX ix_applicant_label;
CREATE INDEX ix_applicant_facets ON applicant (classifier_label, verdict, state, field_office, decided_by);
CREATE INDEX ix_applicant_decided_at ON applicant (decided_at);
