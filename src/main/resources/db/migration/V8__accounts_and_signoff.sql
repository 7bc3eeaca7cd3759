-- Second Look: what the decision and sign-off services need beyond the foundation. Portable SQL.

-- The state a case was in before a decision, so that undoing it puts the case back exactly
-- (NEW, REFERRED, RETURNED, DECIDED or SIGNED_OFF for a superseding decision).
ALTER TABLE decision ADD COLUMN previous_state VARCHAR(16);

CREATE INDEX ix_decision_decided_by ON decision (decided_by);
CREATE INDEX ix_audit_event_actor ON audit_event (actor);
CREATE INDEX ix_audit_event_type ON audit_event (event_type);
