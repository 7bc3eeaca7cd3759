-- Second Look: what the oversight figures read, kept where one pass over the cases finds it (issue 16).
-- Portable SQL (H2 and PostgreSQL).

-- The track and time of each case's decision in force (null: none), kept by the Decision entity whenever a
-- decision enters or leaves force, so that the figures group the cases without joining their decisions.
ALTER TABLE applicant ADD COLUMN track_in_force VARCHAR(16);
ALTER TABLE applicant ADD COLUMN in_force_at TIMESTAMP WITH TIME ZONE;
-- The time of the latest approval of a decision while in force (kept by the SignOff entity); a superseding
-- decision leaves it, so that undoing that decision finds its predecessor's approval time again.
ALTER TABLE applicant ADD COLUMN signed_off_at TIMESTAMP WITH TIME ZONE;
UPDATE applicant SET
    track_in_force = (SELECT d.track FROM decision d WHERE d.id = (SELECT MAX(x.id) FROM decision x
                          WHERE x.applicant_id = applicant.id AND x.active = TRUE)),
    in_force_at = (SELECT d.decided_at FROM decision d WHERE d.id = (SELECT MAX(x.id) FROM decision x
                          WHERE x.applicant_id = applicant.id AND x.active = TRUE)),
    signed_off_at = (SELECT MAX(o.signed_at) FROM sign_off o JOIN decision d ON d.id = o.decision_id
                          WHERE d.applicant_id = applicant.id AND d.active = TRUE AND o.outcome = 'APPROVED');

-- Whose decision a sign-off approved or returned (the decision's decided_by), so that returns per reviewer
-- are counted without joining the decisions. Kept by the SignOff entity.
ALTER TABLE sign_off ADD COLUMN decided_by VARCHAR(64);
UPDATE sign_off SET decided_by = (SELECT d.decided_by FROM decision d WHERE d.id = sign_off.decision_id);

-- The tool's evidence terms (lower case, each once, sorted, one a line) on the current résumé version of a
-- LEO-labelled case: the "officer" phrases that triggered the label. Written with the version at import and
-- merge, so that the phrase counts come out of the same pass over the cases as every other group.
ALTER TABLE applicant ADD COLUMN leo_terms VARCHAR(4000);
UPDATE applicant SET leo_terms = (SELECT LEFT(${term_list}, 4000) FROM resume_version v
        JOIN screening_flag f ON f.resume_version_id = v.id AND f.label = 'LEO'
        JOIN evidence_span e ON e.flag_id = f.id
        WHERE v.applicant_id = applicant.id AND v.version_no = applicant.current_version AND e.term IS NOT NULL)
    WHERE classifier_label = 'LEO';

-- The figures read these indexes alone (they hold every column the queries use), never the case rows.
CREATE INDEX ix_applicant_oversight ON applicant (field_office, state, classifier_label, verdict, track_in_force,
    imported_at, leo_terms);
CREATE INDEX ix_applicant_in_force ON applicant (state, in_force_at, signed_off_at, imported_at, field_office);
CREATE INDEX ix_sign_off_decided_by ON sign_off (decided_by, outcome);

-- Decisions per day read a range of decision times.
CREATE INDEX ix_decision_decided_at ON decision (decided_at);
