import type { Migration } from './types';

/**
 * Reconciliation sessions (对账): the ledger is frozen when the session starts (ledger_json), so the
 * minutes show what was discussed even if the case changes later. Positions are history: a new position
 * is a new row, the latest per entry and side counts, and no row is ever rewritten.
 */
const SQL = `
CREATE TABLE recon_sessions (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  state TEXT NOT NULL CHECK (state IN ('DRAFT', 'IN_SESSION', 'PAUSED', 'AWAITING_SIGNATURES', 'SIGNED')),
  cursor INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
  ledger_json TEXT NULL CHECK (ledger_json IS NULL OR json_valid(ledger_json)),
  entries_json TEXT NULL CHECK (entries_json IS NULL OR json_valid(entries_json)),
  outcome_json TEXT NULL CHECK (outcome_json IS NULL OR json_valid(outcome_json)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (state = 'DRAFT' OR (ledger_json IS NOT NULL AND entries_json IS NOT NULL))
) STRICT;
CREATE INDEX idx_recon_sessions_case ON recon_sessions (case_id, id);

CREATE TABLE recon_participants (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES recon_sessions (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('creditor', 'creditorAgent', 'debtor', 'debtorAgent', 'judge', 'assistant', 'clerk')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX idx_recon_participants_session ON recon_participants (session_id, position);

CREATE TABLE recon_positions (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES recon_sessions (id) ON DELETE CASCADE,
  entry_key TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('creditor', 'debtor')),
  stance TEXT NOT NULL CHECK (stance IN ('agree', 'dispute')),
  claim_json TEXT NULL CHECK (claim_json IS NULL OR json_valid(claim_json)),
  statement TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
CREATE INDEX idx_recon_positions_entry ON recon_positions (session_id, entry_key, side, id);
CREATE TRIGGER recon_positions_no_update BEFORE UPDATE ON recon_positions
BEGIN SELECT RAISE(ABORT, 'recon_positions is append-only'); END;

CREATE TABLE recon_entries (
  session_id INTEGER NOT NULL REFERENCES recon_sessions (id) ON DELETE CASCADE,
  entry_key TEXT NOT NULL,
  locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  finding_json TEXT NULL CHECK (finding_json IS NULL OR json_valid(finding_json)),
  PRIMARY KEY (session_id, entry_key)
) STRICT;
`;

export const migration004: Migration = {
  version: 4,
  name: 'reconciliation',
  up: (db) => {
    db.exec(SQL);
  },
};
