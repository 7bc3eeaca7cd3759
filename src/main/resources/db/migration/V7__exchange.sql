-- Second Look: what headquarters keeps from merged packages. Portable SQL (H2 and PostgreSQL).

-- A decision merged from an office, by its reference "<office>#<id there>": merging twice adds nothing.
-- decision_id is null when the decision went to the conflicts queue instead.
CREATE TABLE merged_decision (
    origin_ref   VARCHAR(300)  NOT NULL PRIMARY KEY,
    decision_id  BIGINT        REFERENCES decision (id)
);

-- A sign-off merged from an office: "<decision ref>|<signed at>|<signed by>|<outcome>".
CREATE TABLE merged_sign_off (
    origin_key   VARCHAR(500)  NOT NULL PRIMARY KEY,
    sign_off_id  BIGINT        NOT NULL REFERENCES sign_off (id)
);

-- Each office's audit events as they were signed there (their own chain, their own hashes).
CREATE TABLE office_audit_event (
    office       VARCHAR(200)  NOT NULL,
    seq          BIGINT        NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    event_type   VARCHAR(32)   NOT NULL,
    subject      VARCHAR(128),
    details      VARCHAR(8000) NOT NULL,
    prev_hash    VARCHAR(64)   NOT NULL,
    hash         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (office, seq)
);

-- A case decided differently in two packages (or here and in a package): a supervisor picks one.
CREATE SEQUENCE merge_conflict_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE merge_conflict (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    applicant_id         VARCHAR(128)  NOT NULL,
    office               VARCHAR(200)  NOT NULL,
    origin_ref           VARCHAR(300)  NOT NULL,
    track                VARCHAR(16)   NOT NULL,
    reason_code          VARCHAR(64)   NOT NULL,
    note                 VARCHAR(4000),
    decided_by           VARCHAR(64)   NOT NULL,
    decided_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    current_decision_id  BIGINT        REFERENCES decision (id),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at          TIMESTAMP WITH TIME ZONE,
    resolved_by          VARCHAR(64),
    resolution           VARCHAR(4000)
);
CREATE INDEX ix_merge_conflict_open ON merge_conflict (resolved_at);
