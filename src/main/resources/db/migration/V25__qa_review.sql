-- Second Look: blind QA second review of signed-off decisions, and the systematic sample that picks
-- them (issue 16). Portable SQL (H2 and PostgreSQL).

-- One case queued for a second review: the signed-off decision it checks, why it was queued, the
-- second reviewer's answer and, where the two disagree, a supervisor's settlement.
CREATE SEQUENCE qa_review_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE qa_review (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    applicant_id         BIGINT        NOT NULL REFERENCES applicant (id),
    decision_id          BIGINT        NOT NULL REFERENCES decision (id),
    cause                VARCHAR(16)   NOT NULL,
    sample_no            BIGINT,
    state                VARCHAR(16)   NOT NULL,
    queued_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    second_by            VARCHAR(64),
    second_track         VARCHAR(16),
    second_reason        VARCHAR(64),
    answered_at          TIMESTAMP WITH TIME ZONE,
    settled_by           VARCHAR(64),
    settled_track        VARCHAR(16),
    settled_reason       VARCHAR(64),
    settled_comment      VARCHAR(4000),
    settled_at           TIMESTAMP WITH TIME ZONE,
    settled_decision_id  BIGINT        REFERENCES decision (id)
);
CREATE INDEX ix_qa_review_state ON qa_review (state);
CREATE INDEX ix_qa_review_applicant ON qa_review (applicant_id);

-- The one row of the systematic sample over approvals that do not keep an applicant on the LEO
-- program: share s, random start r in [0, 1) (drawn once, at the first such approval, and audited),
-- and k, how many such approvals there have been. The k-th is sampled when floor(s*k + r) > floor(s*(k-1) + r).
-- Every approval locks this row, so two processes never count the same k.
CREATE TABLE qa_sampling (
    id           INTEGER        NOT NULL PRIMARY KEY,
    share        NUMERIC(6, 5),
    start_value  NUMERIC(10, 9),
    others       BIGINT         NOT NULL
);
INSERT INTO qa_sampling (id, share, start_value, others) VALUES (1, NULL, NULL, 0);
