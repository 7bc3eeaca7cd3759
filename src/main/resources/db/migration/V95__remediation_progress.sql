-- Second Look: a training record's progress in a narrow row of its own (issue 15, bench training). What a move or a
-- roster row changes (state, attempt, class, evidence, when the state began, and the version that guards them) moves
-- out of remediation_record into remediation_progress, one row per record. H2 updates a row by removing it from every
-- index of its table and adding it back, so a roster row's update cost twelve index operations on the wide row (six
-- indexes); on the narrow one it costs four (its key and the state index). Portable SQL: every existing record's
-- columns are copied before they are dropped, so an existing database keeps its training as it stood.

CREATE TABLE remediation_progress (
    record_id     BIGINT        NOT NULL PRIMARY KEY REFERENCES remediation_record (id),
    version       BIGINT        NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    attempt       INTEGER       NOT NULL,
    class_number  VARCHAR(64),
    report_date   DATE,
    class_start   DATE,
    class_end     DATE,
    evidence_id   BIGINT,
    evidence_by   VARCHAR(64),
    state_since   TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO remediation_progress (record_id, version, state, attempt, class_number, report_date, class_start, class_end,
                                  evidence_id, evidence_by, state_since)
SELECT id, version, state, attempt, class_number, report_date, class_start, class_end, evidence_id, evidence_by,
       state_since
FROM remediation_record;

-- Lists and figures filter and group by state (training status, training list --state, overdue).
CREATE INDEX ix_remediation_progress_state ON remediation_progress (state);

DROP INDEX ix_remediation_record_state;
ALTER TABLE remediation_record DROP COLUMN version;
ALTER TABLE remediation_record DROP COLUMN state;
ALTER TABLE remediation_record DROP COLUMN attempt;
ALTER TABLE remediation_record DROP COLUMN class_number;
ALTER TABLE remediation_record DROP COLUMN report_date;
ALTER TABLE remediation_record DROP COLUMN class_start;
ALTER TABLE remediation_record DROP COLUMN class_end;
ALTER TABLE remediation_record DROP COLUMN evidence_id;
ALTER TABLE remediation_record DROP COLUMN evidence_by;
ALTER TABLE remediation_record DROP COLUMN state_since;
