-- Second Look: H2 only. V20 declared each training foreign key inline (REFERENCES ...) and then indexed the same
-- column again; H2 had already made an index for the foreign key (CONSTRAINT_INDEX_...), so these three columns
-- were indexed twice. A roster import writes each of these rows once per move and H2 rewrites every index of a
-- training record it updates, so each duplicate cost time on every row (issue 15, bench training). The
-- foreign keys' own indexes stay and serve the same lookups. PostgreSQL makes no index for a foreign key: there
-- the V20 indexes are the only ones and stay.
DROP INDEX IF EXISTS ix_remediation_move_record;
DROP INDEX IF EXISTS ix_remediation_evidence_record;
DROP INDEX IF EXISTS ix_remediation_record_applicant;
