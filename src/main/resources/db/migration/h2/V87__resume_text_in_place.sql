-- Second Look: H2 only (issue 17, bench import). A résumé text up to 32,000 bytes is kept in its row instead of
-- H2's separate large-object store: each imported text was streamed into a temporary object, then copied into
-- its row's object (about 15% of the import writer's time). Longer texts keep using the large-object store;
-- texts stored before stay where they are. Persistent database setting.
SET MAX_LENGTH_INPLACE_LOB 32000;
