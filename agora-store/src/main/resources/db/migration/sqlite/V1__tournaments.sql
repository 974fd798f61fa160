-- Tournaments, their agents and custom seatings, and one row per match with one row per seat.
-- SQLite version (timestamps as ISO-8601 UTC text); db/migration/postgresql holds the same schema.

CREATE TABLE tournament (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  game                TEXT NOT NULL,
  schedule            TEXT NOT NULL CHECK (schedule IN ('round_robin', 'one_vs_population', 'custom')),
  self_play           BOOLEAN,   -- round_robin only
  focal_agent         INTEGER,   -- one_vs_population only: tournament_agent.agent_index
  matches_per_pairing INTEGER NOT NULL CHECK (matches_per_pairing >= 1),
  seed                BIGINT NOT NULL,
  players             INTEGER NOT NULL CHECK (players >= 1),
  expected_matches    BIGINT NOT NULL,
  status              TEXT NOT NULL CHECK (status IN ('running', 'completed', 'cancelled', 'failed')),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);

CREATE TABLE tournament_agent (
  tournament_id BIGINT NOT NULL REFERENCES tournament (id) ON DELETE CASCADE,
  agent_index   INTEGER NOT NULL,
  agent         TEXT NOT NULL,
  PRIMARY KEY (tournament_id, agent_index)
);

-- The base seatings of a custom schedule: the agent in each seat of each pairing.
CREATE TABLE tournament_seating (
  tournament_id BIGINT NOT NULL REFERENCES tournament (id) ON DELETE CASCADE,
  pairing       INTEGER NOT NULL,
  seat          INTEGER NOT NULL,
  agent_index   INTEGER NOT NULL,
  PRIMARY KEY (tournament_id, pairing, seat)
);

CREATE TABLE tournament_match (
  tournament_id BIGINT NOT NULL REFERENCES tournament (id) ON DELETE CASCADE,
  match_index   BIGINT NOT NULL CHECK (match_index >= 0),   -- pairing * matches_per_pairing + match_number
  pairing       INTEGER NOT NULL,
  match_number  INTEGER NOT NULL,
  seed          BIGINT NOT NULL,
  length        BIGINT NOT NULL,   -- moves
  nanos         BIGINT NOT NULL,   -- time the match took
  PRIMARY KEY (tournament_id, match_index)
);

-- One row per seat of a match. return_value is for queries; return_bits holds the exact IEEE 754
-- bits (Double.doubleToRawLongBits), which the store reads back: SQLite turns -0.0 into 0.0 and NaN
-- into NULL, so the same schema keeps both columns everywhere.
CREATE TABLE match_seat (
  tournament_id BIGINT NOT NULL,
  match_index   BIGINT NOT NULL,
  seat          INTEGER NOT NULL,
  agent_index   INTEGER NOT NULL,
  return_value  DOUBLE PRECISION,
  return_bits   BIGINT NOT NULL,
  PRIMARY KEY (tournament_id, match_index, seat),
  FOREIGN KEY (tournament_id, match_index) REFERENCES tournament_match (tournament_id, match_index) ON DELETE CASCADE
);
