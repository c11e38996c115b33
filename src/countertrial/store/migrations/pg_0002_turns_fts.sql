-- pg_0002_turns_fts (PostgreSQL; recorded as 0002_turns_fts): full-text search over turn text.
-- A generated tsvector column kept in step by the server (no triggers) and a GIN index on it.
-- The 'simple' configuration lower-cases and does not stem, like SQLite's FTS5 unicode61
-- tokenizer, so both backends find the same turns for a word.
ALTER TABLE turns ADD COLUMN text_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED;
CREATE INDEX turns_text_tsv ON turns USING GIN (text_tsv);
