-- Games uploaded to the workbench as Gambit .nfg/.efg text, kept so that a restarted server still
-- knows them (ids upload-N, N = id) and jobs on them can be resumed.
-- SQLite version (timestamps as ISO-8601 UTC text); db/migration/postgresql holds the same schema.

CREATE TABLE game_upload (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  format     TEXT NOT NULL CHECK (format IN ('nfg', 'efg')),
  title      TEXT NOT NULL,           -- the game's title in the file (may be empty)
  players    INTEGER NOT NULL CHECK (players >= 1),
  created_at TEXT NOT NULL,
  -- the text comes last: a listing reads the columns before it without walking its overflow pages
  content    TEXT NOT NULL            -- the uploaded file as it was sent
);
