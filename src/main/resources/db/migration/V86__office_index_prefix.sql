-- Second Look: one index fewer to write and to build again after a large import (issue 17, bench import).
-- ix_applicant_office (field_office) is a prefix of ix_applicant_oversight (field_office, state, ...), which
-- answers the office filter and the office's counts as well; every imported case was written to both.
-- Portable SQL (H2 and PostgreSQL).
DROP INDEX ix_applicant_office;
