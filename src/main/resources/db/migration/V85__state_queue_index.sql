-- Second Look: the next open case (the queue in its default order, one state) read from one index range.
-- Without it the queue-order index is walked from the top past every case decided so far (thousands, once
-- twenty reviewers have worked a while), each step reading its row. It also answers what the state index
-- answered (a count or range by state), so that index goes: no extra work per written case. Portable SQL.
CREATE INDEX ix_applicant_state_queue ON applicant (state, risk DESC, applicant_id);
DROP INDEX ix_applicant_state;
