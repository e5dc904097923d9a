import type { Migration } from './types';

/**
 * Handwritten signatures on a record (kind + id: 'recon' session, 'hearing', 'settlement') and the lock
 * written when every signer has signed or refused. Signatures are evidence: a row is never rewritten.
 * Both tables are generic (no foreign key), so the record's own table cleans up after itself: when a
 * reconciliation session goes (its case was deleted), its signatures and lock go too, so a later session
 * that reuses the id does not inherit them.
 */
const SQL = `
CREATE TABLE signatures (
  id INTEGER PRIMARY KEY,
  record_kind TEXT NOT NULL CHECK (record_kind IN ('recon', 'hearing', 'settlement')),
  record_id INTEGER NOT NULL,
  signer_key TEXT NOT NULL CHECK (length(signer_key) BETWEEN 1 AND 100),
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('signed', 'refused')),
  reason TEXT NULL,
  strokes_json TEXT NULL CHECK (strokes_json IS NULL OR json_valid(strokes_json)),
  png BLOB NULL,
  png_sha256 TEXT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  UNIQUE (record_kind, record_id, signer_key),
  CHECK (
    (outcome = 'signed' AND png IS NOT NULL AND strokes_json IS NOT NULL AND reason IS NULL)
    OR (outcome = 'refused' AND reason IS NOT NULL AND png IS NULL AND strokes_json IS NULL)
  )
) STRICT;
CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures
BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;

CREATE TABLE record_locks (
  record_kind TEXT NOT NULL CHECK (record_kind IN ('recon', 'hearing', 'settlement')),
  record_id INTEGER NOT NULL,
  locked_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  PRIMARY KEY (record_kind, record_id)
) STRICT;
CREATE TRIGGER record_locks_no_update BEFORE UPDATE ON record_locks
BEGIN SELECT RAISE(ABORT, 'a lock is never changed'); END;

CREATE TRIGGER recon_sessions_signatures_gone AFTER DELETE ON recon_sessions
BEGIN
  DELETE FROM signatures WHERE record_kind = 'recon' AND record_id = OLD.id;
  DELETE FROM record_locks WHERE record_kind = 'recon' AND record_id = OLD.id;
END;
`;

export const migration008: Migration = {
  version: 8,
  name: 'signatures',
  up: (db) => {
    db.exec(SQL);
  },
};
