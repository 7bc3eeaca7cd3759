-- Second Look: a supervisor at headquarters resolves a training conflict (issue 15) by keeping one office's
-- record: the conflict says who chose which office and why, and the other office's record is set aside
-- (kept, shown as set aside, and no longer compared when a later package carries the kept one further).
-- Portable SQL (H2 and PostgreSQL).
ALTER TABLE training_conflict ADD COLUMN resolved_by VARCHAR(64);
ALTER TABLE training_conflict ADD COLUMN kept_office VARCHAR(200);
ALTER TABLE training_conflict ADD COLUMN resolution VARCHAR(2000);
ALTER TABLE merged_training ADD COLUMN set_aside BOOLEAN DEFAULT FALSE NOT NULL;
