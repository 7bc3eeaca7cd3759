-- Second Look: the foundation schema. Portable SQL (runs on H2 and PostgreSQL); the one type that
-- differs, large text, comes from the placeholder ${clob} set by the store for each database.

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE applicant_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE resume_version_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE screening_flag_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE finding_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE decision_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sign_off_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE import_run_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE app_user (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    roles       VARCHAR(64)  NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_app_user_name UNIQUE (name)
);

CREATE TABLE office_setting (
    setting_key    VARCHAR(64)   NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(8000) NOT NULL
);

CREATE TABLE applicant (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    applicant_id      VARCHAR(128)  NOT NULL,
    full_name         VARCHAR(300)  NOT NULL,
    email             VARCHAR(300),
    phone             VARCHAR(64),
    field_office      VARCHAR(200),
    employment_status VARCHAR(32)   NOT NULL,
    hire_date         DATE,
    extra_attributes  VARCHAR(100000),
    state             VARCHAR(16)   NOT NULL,
    classifier_label  VARCHAR(16)   NOT NULL,
    verdict           VARCHAR(16),
    le_months         INTEGER,
    risk              DOUBLE PRECISION NOT NULL,
    current_version   INTEGER       NOT NULL,
    imported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        VARCHAR(64),
    decided_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_applicant_applicant_id UNIQUE (applicant_id)
);
CREATE INDEX ix_applicant_risk ON applicant (risk);
CREATE INDEX ix_applicant_state ON applicant (state);
CREATE INDEX ix_applicant_office ON applicant (field_office);
CREATE INDEX ix_applicant_label ON applicant (classifier_label);
CREATE INDEX ix_applicant_verdict ON applicant (verdict);
CREATE INDEX ix_applicant_decided_by ON applicant (decided_by);
CREATE INDEX ix_applicant_imported_at ON applicant (imported_at);
CREATE INDEX ix_applicant_full_name ON applicant (full_name);

CREATE TABLE resume_version (
    id            BIGINT       NOT NULL PRIMARY KEY,
    applicant_id  BIGINT       NOT NULL REFERENCES applicant (id),
    version_no    INTEGER      NOT NULL,
    text          ${clob}      NOT NULL,
    source_file   VARCHAR(500),
    source_type   VARCHAR(8)   NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_resume_version UNIQUE (applicant_id, version_no)
);

CREATE TABLE screening_flag (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    resume_version_id  BIGINT       NOT NULL REFERENCES resume_version (id),
    label              VARCHAR(16)  NOT NULL,
    score              DOUBLE PRECISION,
    model              VARCHAR(200)
);
CREATE INDEX ix_screening_flag_version ON screening_flag (resume_version_id);

CREATE TABLE evidence_span (
    flag_id       BIGINT       NOT NULL REFERENCES screening_flag (id),
    position      INTEGER      NOT NULL,
    start_offset  INTEGER      NOT NULL,
    end_offset    INTEGER      NOT NULL,
    term          VARCHAR(500),
    PRIMARY KEY (flag_id, position)
);

CREATE TABLE finding (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    resume_version_id  BIGINT        NOT NULL REFERENCES resume_version (id),
    start_offset       INTEGER       NOT NULL,
    end_offset         INTEGER       NOT NULL,
    category           VARCHAR(32)   NOT NULL,
    explanation        VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_finding_version ON finding (resume_version_id);

CREATE TABLE decision (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    applicant_id       BIGINT        NOT NULL REFERENCES applicant (id),
    resume_version_no  INTEGER       NOT NULL,
    track              VARCHAR(16)   NOT NULL,
    reason_code        VARCHAR(64)   NOT NULL,
    note               VARCHAR(4000),
    decided_by         VARCHAR(64)   NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    supersedes_id      BIGINT,
    active             BOOLEAN       NOT NULL
);
CREATE INDEX ix_decision_applicant ON decision (applicant_id);

CREATE TABLE sign_off (
    id            BIGINT        NOT NULL PRIMARY KEY,
    decision_id   BIGINT        NOT NULL REFERENCES decision (id),
    outcome       VARCHAR(16)   NOT NULL,
    comment_text  VARCHAR(4000),
    signed_by     VARCHAR(64)   NOT NULL,
    signed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sign_off_decision ON sign_off (decision_id);

-- Append-only; hash = SHA-256(prev_hash || canonical event). audit_head is the single row every
-- writer locks (SELECT ... FOR UPDATE), so two processes never fork the chain.
CREATE TABLE audit_event (
    seq          BIGINT        NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    event_type   VARCHAR(32)   NOT NULL,
    subject      VARCHAR(128),
    details      VARCHAR(8000) NOT NULL,
    prev_hash    VARCHAR(64)   NOT NULL,
    hash         VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_event_subject ON audit_event (subject);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);

CREATE TABLE audit_head (
    id    INTEGER      NOT NULL PRIMARY KEY,
    seq   BIGINT       NOT NULL,
    hash  VARCHAR(64)  NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE import_run (
    id               BIGINT        NOT NULL PRIMARY KEY,
    file_name        VARCHAR(500)  NOT NULL,
    imported_by      VARCHAR(64)   NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    new_count        INTEGER       NOT NULL,
    updated_count    INTEGER       NOT NULL,
    unchanged_count  INTEGER       NOT NULL,
    rejected_count   INTEGER       NOT NULL
);
