-- Second Look: findings and the screening tool's evidence keep the résumé text of their span (at most 1,000
-- characters; SpanText.MAX_KEPT), written at import. An export then shows that text without reading every
-- résumé (on H2 that meant decrypting every résumé's pages: a third of a large export's time). Rows written
-- before this version, and longer spans, keep none (NULL): the export cuts their text from the résumé as before.
ALTER TABLE finding ADD COLUMN span_text VARCHAR(1000);
ALTER TABLE evidence_span ADD COLUMN span_text VARCHAR(1000);
