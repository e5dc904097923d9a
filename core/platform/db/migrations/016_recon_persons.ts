import type { Migration } from './types';

/**
 * Reconciliation positions per person (issue 17): each party, agent and 利害关系人 states a position of
 * their own, so the minutes say who said what.
 *
 * - recon_participants takes the role 'interested' (利害关系人); rebuilt because a CHECK cannot change in
 *   place. Ids are kept: signatures name their signer as 'participant:<id>'.
 * - recon_positions takes participant_id (NULL for a position stated for a whole side before this
 *   migration), side 'interested', rest (1 when stated once as 「其余各项无异议」 for every entry left) and
 *   offset_ms (milliseconds into the hearing's recording, when one runs). Still append-only.
 */
const SQL = `
CREATE TABLE recon_participants_016 (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES recon_sessions (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('creditor', 'creditorAgent', 'debtor', 'debtorAgent', 'interested', 'judge', 'assistant', 'clerk')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  position INTEGER NOT NULL
) STRICT;
INSERT INTO recon_participants_016 (id, session_id, role, name, position)
  SELECT id, session_id, role, name, position FROM recon_participants;
DROP TABLE recon_participants;
ALTER TABLE recon_participants_016 RENAME TO recon_participants;
CREATE INDEX idx_recon_participants_session ON recon_participants (session_id, position);

CREATE TABLE recon_positions_016 (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES recon_sessions (id) ON DELETE CASCADE,
  entry_key TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('creditor', 'debtor', 'interested')),
  participant_id INTEGER NULL REFERENCES recon_participants (id),
  stance TEXT NOT NULL CHECK (stance IN ('agree', 'dispute')),
  claim_json TEXT NULL CHECK (claim_json IS NULL OR json_valid(claim_json)),
  statement TEXT NOT NULL DEFAULT '',
  rest INTEGER NOT NULL DEFAULT 0 CHECK (rest IN (0, 1)),
  offset_ms INTEGER NULL CHECK (offset_ms IS NULL OR offset_ms >= 0),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  CHECK (side <> 'interested' OR participant_id IS NOT NULL)
) STRICT;
INSERT INTO recon_positions_016 (id, session_id, entry_key, side, stance, claim_json, statement, at, actor)
  SELECT id, session_id, entry_key, side, stance, claim_json, statement, at, actor FROM recon_positions;
DROP TABLE recon_positions;
ALTER TABLE recon_positions_016 RENAME TO recon_positions;
CREATE INDEX idx_recon_positions_entry ON recon_positions (session_id, entry_key, side, id);
CREATE INDEX idx_recon_positions_participant ON recon_positions (participant_id);
CREATE TRIGGER recon_positions_no_update BEFORE UPDATE ON recon_positions
BEGIN SELECT RAISE(ABORT, 'recon_positions is append-only'); END;
`;

export const migration016: Migration = {
  version: 16,
  name: 'recon persons',
  up: (db) => {
    db.exec(SQL);
  },
};
