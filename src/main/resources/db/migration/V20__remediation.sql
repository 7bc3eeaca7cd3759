-- Second Look: remediation records (issue 15). One record per applicant whose decision was signed off:
-- what to do (RECALL, ENROL, NONE) and where the training stands. The record holds the current state;
-- every move is appended to remediation_move (never edited) and audited in the hash chain.
-- Portable SQL (H2 and PostgreSQL); the binary type comes from the placeholder ${blob} set by the store.

CREATE SEQUENCE remediation_record_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE remediation_move_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE remediation_evidence_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE remediation_record (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    applicant_ref        BIGINT        NOT NULL REFERENCES applicant (id),
    applicant_id         VARCHAR(128)  NOT NULL,
    decision_id          BIGINT        NOT NULL REFERENCES decision (id),
    action               VARCHAR(16)   NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    attempt              INTEGER       NOT NULL,
    office               VARCHAR(200),
    could_take_leo       BOOLEAN       NOT NULL,
    class_number         VARCHAR(64),
    report_date          DATE,
    class_start          DATE,
    class_end            DATE,
    evidence_id          BIGINT,
    evidence_by          VARCHAR(64),
    verified_by          VARCHAR(64),
    verified_at          TIMESTAMP WITH TIME ZONE,
    waiver_reason        VARCHAR(32),
    waiver_text          VARCHAR(2000),
    waiver_authority     VARCHAR(500),
    waiver_requested_by  VARCHAR(64),
    waiver_requested_at  TIMESTAMP WITH TIME ZONE,
    waiver_approved_by   VARCHAR(64),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    state_since          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_remediation_record_applicant ON remediation_record (applicant_ref);
CREATE INDEX ix_remediation_record_applicant_id ON remediation_record (applicant_id);
CREATE INDEX ix_remediation_record_state ON remediation_record (state, action);
CREATE INDEX ix_remediation_record_office ON remediation_record (office);

-- Append-only: one row per move, with what it rested on (a roster row, a certificate, a reason).
CREATE TABLE remediation_move (
    id           BIGINT        NOT NULL PRIMARY KEY,
    record_id    BIGINT        NOT NULL REFERENCES remediation_record (id),
    from_state   VARCHAR(16),
    to_state     VARCHAR(16)   NOT NULL,
    attempt      INTEGER       NOT NULL,
    moved_by     VARCHAR(64)   NOT NULL,
    moved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    detail       VARCHAR(2000) NOT NULL,
    audit_seq    BIGINT        NOT NULL
);
CREATE INDEX ix_remediation_move_record ON remediation_move (record_id);

-- Evidence of a completion: an academy roster row or an attached certificate (its file below).
CREATE TABLE remediation_evidence (
    id            BIGINT        NOT NULL PRIMARY KEY,
    record_id     BIGINT        NOT NULL REFERENCES remediation_record (id),
    kind          VARCHAR(16)   NOT NULL,
    class_number  VARCHAR(64),
    result        VARCHAR(16),
    source_file   VARCHAR(300),
    source_row    INTEGER,
    hours         VARCHAR(32),
    instructor    VARCHAR(300),
    sha256        VARCHAR(64),
    size_bytes    BIGINT,
    attached_by   VARCHAR(64)   NOT NULL,
    attached_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_remediation_evidence_record ON remediation_evidence (record_id);

-- A certificate's PDF, as attached, inside the encrypted database; its SHA-256 is on the evidence row.
CREATE TABLE remediation_certificate (
    evidence_id  BIGINT   NOT NULL PRIMARY KEY REFERENCES remediation_evidence (id),
    content      ${blob}  NOT NULL
);
