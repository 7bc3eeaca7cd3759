-- Second Look: headquarters keeps each office's training records from merged packages (issue 15), one row
-- per applicant and office, with a fingerprint of the record's moves so a re-merge changes nothing and a
-- record moved differently in two offices' packages is found. Portable SQL (H2 and PostgreSQL).
CREATE TABLE merged_training (
    applicant_id   VARCHAR(128)  NOT NULL,
    office         VARCHAR(200)  NOT NULL,
    decision_ref   VARCHAR(300)  NOT NULL,
    action         VARCHAR(16)   NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    attempt        INTEGER       NOT NULL,
    class_number   VARCHAR(64),
    verified_by    VARCHAR(64),
    moves          INTEGER       NOT NULL,
    moves_sha256   VARCHAR(64)   NOT NULL,
    merged_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (applicant_id, office)
);

-- Two offices' packages moved the same applicant's training record differently: a supervisor looks at both.
CREATE TABLE training_conflict (
    id             BIGINT        NOT NULL PRIMARY KEY,
    applicant_id   VARCHAR(128)  NOT NULL,
    office         VARCHAR(200)  NOT NULL,
    other_office   VARCHAR(200)  NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    other_state    VARCHAR(16)   NOT NULL,
    moves_sha256   VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_training_conflict_open ON training_conflict (resolved_at);
