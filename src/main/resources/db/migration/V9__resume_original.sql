-- Second Look: the file a PDF résumé came in, kept as it was so the case view can show its pages.
-- Portable SQL (H2 and PostgreSQL); the binary type comes from the placeholder ${blob} set by the store.
-- Only PDF résumés have a row; it is written in the same transaction as its résumé version.
CREATE TABLE resume_original (
    resume_version_id  BIGINT   NOT NULL PRIMARY KEY REFERENCES resume_version (id),
    content            ${blob}  NOT NULL
);
