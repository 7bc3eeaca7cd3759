-- Second Look: the sign-off list (decided cases, oldest decision first) read from one index range. Without it
-- every call read and sorted every case waiting for sign-off (thousands at headquarters, asked again after each
-- sign-off): a fifth of the CPU time of twenty reviewers and supervisors working at once (issue 17, bench
-- concurrency). A case's decided_at is its active decision's time. Portable SQL.
CREATE INDEX ix_applicant_state_decided ON applicant (state, decided_at);
