import type { Migration } from './types';

/**
 * Statement imports (issue 20).
 *
 * import_batches.encoding allowed only 'utf-8' and 'gb18030', but the reader also decodes Excel's
 * 「Unicode 文本」 (UTF-16 LE/BE with a BOM): such a file previewed, and its confirm failed on the CHECK
 * with an internal error. The CHECK now names every encoding the reader reports.
 *
 * import_batches.layout: the statement layout recognised from the file's preamble and header
 * (alipay, wechat, icbc, ccb, cmb; NULL: a generic table), so a batch says how its rows were read.
 *
 * SQLite cannot change a CHECK in place: both tables are rebuilt. import_batch_payments refers to
 * import_batches with ON DELETE CASCADE, so dropping the old parent first would empty it; the child is
 * rebuilt against the new parent, then the old pair is dropped (child first) and the new pair renamed
 * (SQLite rewrites the reference with the rename). The row journal's triggers are made again from the
 * tables' columns when the database opens (core/platform/db/journal.ts).
 */
const SQL = `
CREATE TABLE import_batches_017 (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
  encoding TEXT NULL CHECK (encoding IS NULL OR encoding IN ('utf-8', 'gb18030', 'utf-16le', 'utf-16be')),
  sheet TEXT NULL,
  mapping_json TEXT NOT NULL CHECK (json_valid(mapping_json)),
  row_count INTEGER NOT NULL CHECK (row_count >= 1),
  imported_count INTEGER NOT NULL CHECK (imported_count BETWEEN 1 AND row_count),
  total_fen INTEGER NOT NULL CHECK (total_fen > 0),
  imported_by TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  layout TEXT NULL CHECK (layout IS NULL OR layout IN ('alipay', 'wechat', 'icbc', 'ccb', 'cmb'))
) STRICT;
INSERT INTO import_batches_017 (id, case_id, file_name, sha256, format, encoding, sheet, mapping_json,
    row_count, imported_count, total_fen, imported_by, imported_at)
  SELECT id, case_id, file_name, sha256, format, encoding, sheet, mapping_json,
    row_count, imported_count, total_fen, imported_by, imported_at
  FROM import_batches;

CREATE TABLE import_batch_payments_017 (
  payment_id INTEGER PRIMARY KEY REFERENCES payments (id) ON DELETE CASCADE,
  batch_id INTEGER NOT NULL REFERENCES import_batches_017 (id) ON DELETE CASCADE,
  row_number INTEGER NOT NULL CHECK (row_number >= 1),
  payer TEXT NOT NULL DEFAULT '',
  UNIQUE (batch_id, row_number)
) STRICT;
INSERT INTO import_batch_payments_017 (payment_id, batch_id, row_number, payer)
  SELECT payment_id, batch_id, row_number, payer FROM import_batch_payments;

DROP TABLE import_batch_payments;
DROP TABLE import_batches;
ALTER TABLE import_batches_017 RENAME TO import_batches;
ALTER TABLE import_batch_payments_017 RENAME TO import_batch_payments;
CREATE INDEX idx_import_batches_case_sha ON import_batches (case_id, sha256);
`;

export const migration017: Migration = {
  version: 17,
  name: 'import_layouts',
  up: (db) => {
    db.exec(SQL);
  },
};
