-- 0002_turns_fts (SQLite only): full-text search over turn text, kept in step by triggers.
CREATE VIRTUAL TABLE turns_fts USING fts5 (text, content = 'turns', content_rowid = 'rowid');
CREATE TRIGGER turns_ai AFTER INSERT ON turns BEGIN
    INSERT INTO turns_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER turns_ad AFTER DELETE ON turns BEGIN
    INSERT INTO turns_fts (turns_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER turns_au AFTER UPDATE ON turns BEGIN
    INSERT INTO turns_fts (turns_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO turns_fts (rowid, text) VALUES (new.rowid, new.text);
END;
