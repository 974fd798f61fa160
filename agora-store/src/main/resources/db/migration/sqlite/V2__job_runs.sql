-- The record of every job the workbench runs (a solve, a tournament, a PSRO run): what was asked,
-- where it stands, its progress and its result.
-- SQLite version (timestamps as ISO-8601 UTC text); db/migration/postgresql holds the same schema.

CREATE TABLE job_run (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  kind           TEXT NOT NULL,        -- the job kind: solve, tournament, psro, ...
  title          TEXT NOT NULL,        -- a short label for people
  status         TEXT NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled', 'interrupted')),
  progress_done  BIGINT NOT NULL DEFAULT 0 CHECK (progress_done >= 0),
  progress_total BIGINT CHECK (progress_total >= 0),   -- NULL: not known
  error          TEXT,                 -- one line, when failed
  -- the stored tournament holding the run's matches; deleting the run deletes it (RunStore.delete)
  tournament_id  BIGINT REFERENCES tournament (id) ON DELETE SET NULL,
  created_at     TEXT NOT NULL,
  started_at     TEXT,                 -- last time a worker started it
  finished_at    TEXT,                 -- when it completed, failed, was cancelled or interrupted
  updated_at     TEXT NOT NULL,
  -- the two texts that may be long come last: SQLite then reads the columns before them
  -- without walking their overflow pages (a listing reads neither)
  spec           TEXT NOT NULL,        -- the job specification as JSON (opaque to the store)
  result         TEXT                  -- JSON, when completed (may be megabytes)
);

-- listing newest first (id order is creation order), all or by kind or status
CREATE INDEX job_run_kind ON job_run (kind, id);
CREATE INDEX job_run_status ON job_run (status, id);
CREATE INDEX job_run_tournament ON job_run (tournament_id);
