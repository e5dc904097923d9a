import type { Migration } from './types';

/**
 * Payment imports and double entry (双人独立核算).
 * - import_batches: one row per confirmed statement import (file name, sha256 of the bytes, sheet,
 *   column mapping); import_batch_payments links each payment created to its file row and keeps the
 *   payer, which the payments table has no column for and the duplicate check needs.
 * - entry_sets / entry_set_payments: each clerk's separately entered list of a case's payments.
 * - entry_resolutions: how each difference between two lists was settled, keyed by the difference
 *   (its type and the two line ids), so an edit that changes the difference leaves the old one stale.
 */
const SQL = `
CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
  encoding TEXT NULL CHECK (encoding IS NULL OR encoding IN ('utf-8', 'gb18030')),
  sheet TEXT NULL,
  mapping_json TEXT NOT NULL CHECK (json_valid(mapping_json)),
  row_count INTEGER NOT NULL CHECK (row_count >= 1),
  imported_count INTEGER NOT NULL CHECK (imported_count BETWEEN 1 AND row_count),
  total_fen INTEGER NOT NULL CHECK (total_fen > 0),
  imported_by TEXT NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX idx_import_batches_case_sha ON import_batches (case_id, sha256);

CREATE TABLE import_batch_payments (
  payment_id INTEGER PRIMARY KEY REFERENCES payments (id) ON DELETE CASCADE,
  batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  row_number INTEGER NOT NULL CHECK (row_number >= 1),
  payer TEXT NOT NULL DEFAULT '',
  UNIQUE (batch_id, row_number)
) STRICT;

CREATE TABLE entry_sets (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  clerk TEXT NOT NULL CHECK (length(clerk) BETWEEN 1 AND 50),
  label TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 100),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX idx_entry_sets_case ON entry_sets (case_id, id);

CREATE TABLE entry_set_payments (
  id INTEGER PRIMARY KEY,
  set_id INTEGER NOT NULL REFERENCES entry_sets (id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  kind TEXT NOT NULL CHECK (kind IN ('自动履行', '划拨', '提取', '拍卖', '变卖', '以物抵债', '其他变价')),
  payer TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX idx_entry_set_payments_set ON entry_set_payments (set_id, date, position);

CREATE TABLE entry_resolutions (
  id INTEGER PRIMARY KEY,
  set_a INTEGER NOT NULL REFERENCES entry_sets (id) ON DELETE CASCADE,
  set_b INTEGER NOT NULL REFERENCES entry_sets (id) ON DELETE CASCADE,
  diff_key TEXT NOT NULL CHECK (length(diff_key) BETWEEN 1 AND 100),
  choice TEXT NOT NULL CHECK (choice IN ('a', 'b', 'other')),
  value_json TEXT NULL CHECK (value_json IS NULL OR json_valid(value_json)),
  reason TEXT NOT NULL DEFAULT '',
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  CHECK (set_a <> set_b),
  CHECK (choice = 'other' OR value_json IS NULL),
  CHECK (choice <> 'other' OR length(trim(reason)) > 0),
  UNIQUE (set_a, set_b, diff_key)
) STRICT;
-- Deleting an entry set finds its resolutions through these (set_a through the UNIQUE index).
CREATE INDEX idx_entry_resolutions_b ON entry_resolutions (set_b);
`;

export const migration003: Migration = {
  version: 3,
  name: 'imports',
  up: (db) => {
    db.exec(SQL);
  },
};
