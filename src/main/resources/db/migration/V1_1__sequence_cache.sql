-- Bulk import draws a block of 50 ids per NEXT VALUE; H2 writes a sequence's state to its catalogue
-- (a commit of its own) each time the cached values run out, 32 by default. A larger cache makes
-- that rare. Portable: PostgreSQL accepts the same statement. A crash only leaves a gap in the ids.
ALTER SEQUENCE applicant_seq CACHE 1000;
ALTER SEQUENCE resume_version_seq CACHE 1000;
ALTER SEQUENCE screening_flag_seq CACHE 1000;
ALTER SEQUENCE finding_seq CACHE 1000;
