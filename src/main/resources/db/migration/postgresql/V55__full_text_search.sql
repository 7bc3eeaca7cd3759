-- Second Look on PostgreSQL: the queue's search in the server's own full-text search (issue 17), in place of
-- the portable posting lists of V10. Each case's words (its id, name and current résumé, split by the
-- application's one rule, store.SearchTerms) are kept as a tsvector with a GIN index; a search is a tsquery
-- of the same words (store.TextSearchDocuments). The queue of V10 (search_pending) still feeds the index.

-- Accents come off on the server too: unaccent, then lower case, on the words and on a search alike.
-- unaccent ships with PostgreSQL (Debian: in the postgresql-NN package; elsewhere postgresql-contrib) and is a
-- trusted extension: a database owner may create it. The application checks that it can before migrating.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION secondlook_search (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION secondlook_search
    ALTER MAPPING FOR asciiword, word, asciihword, hword, hword_asciipart, hword_part WITH unaccent, simple;

-- One row per case: the number of the version its words come from, and the words.
CREATE TABLE search_document (
    applicant_id  BIGINT    NOT NULL PRIMARY KEY,
    version_no    INTEGER   NOT NULL,
    words         TSVECTOR  NOT NULL
);
CREATE INDEX ix_search_document_words ON search_document USING GIN (words);

-- The posting lists are not kept here: every case's current version is queued, and the next catch-up
-- (at login, after an import) fills search_document; until then a search reads the queued versions.
DELETE FROM search_posting;
DELETE FROM search_superseded;
INSERT INTO search_pending (version_id)
SELECT v.id FROM resume_version v JOIN applicant a ON a.id = v.applicant_id AND a.current_version = v.version_no
WHERE NOT EXISTS (SELECT 1 FROM search_pending p WHERE p.version_id = v.id);
