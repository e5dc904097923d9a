import type { Migration } from './types';

/**
 * The row journal (issue 15): what every journaled table's rows are, as the app wrote them. Filled by
 * triggers that core/platform/db/journal.ts makes from each table's columns when the database opens
 * (so a table or column added later is covered without a migration of its own); sealed row by row
 * with an HMAC chain when the app's transaction commits. Append-only: a row is never deleted, and its
 * only change is receiving its seal once.
 */
const SQL = `
CREATE TABLE row_journal (
  seq INTEGER PRIMARY KEY,
  tbl TEXT NOT NULL,
  row_key TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'shape')),
  row_json TEXT NULL CHECK (row_json IS NULL OR json_valid(row_json)),
  mac TEXT NULL CHECK (mac IS NULL OR length(mac) = 64)
) STRICT;
CREATE TRIGGER row_journal_no_delete BEFORE DELETE ON row_journal
  BEGIN SELECT RAISE(ABORT, 'row_journal is append-only'); END;
CREATE TRIGGER row_journal_seal_once BEFORE UPDATE ON row_journal
  WHEN OLD.mac IS NOT NULL OR NEW.seq IS NOT OLD.seq OR NEW.tbl IS NOT OLD.tbl
    OR NEW.row_key IS NOT OLD.row_key OR NEW.op IS NOT OLD.op OR NEW.row_json IS NOT OLD.row_json
  BEGIN SELECT RAISE(ABORT, 'a journal row is sealed once and never changed'); END;
`;

export const migration013: Migration = {
  version: 13,
  name: 'row_journal',
  up: (db) => db.exec(SQL),
};
