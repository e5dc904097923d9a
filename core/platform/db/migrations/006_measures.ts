import type { Migration } from './types';

/**
 * 查控措施台账 and cross-court transfers (issue 9).
 *
 * measures: one row per measure; a renewal is a new row that points at the one it renews (renews_id,
 * UNIQUE: a measure is renewed at most once, so a chain never forks). The expiry is derived from the
 * start and the term unless the ruling states its own last day (expires_on). origin marks measures done
 * by the original court of a transferred case.
 *
 * case_transfers: packages sent ('out', case_id = our case) and received ('in', case_id = the new case
 * opened here), with the verified manifest, so the new case stays linked to the original one.
 */
const SQL = `
CREATE TABLE measures (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('depositFreeze', 'propertyRightFreeze', 'realEstateSeal', 'movableSeal', 'consumptionLimit', 'defaulterList', 'other')),
  object TEXT NOT NULL CHECK (length(object) BETWEEN 1 AND 500),
  ruling_number TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL,
  term_months INTEGER NULL CHECK (term_months IS NULL OR term_months BETWEEN 1 AND 120),
  expires_on TEXT NULL CHECK (expires_on IS NULL OR expires_on >= start_date),
  renews_id INTEGER NULL UNIQUE REFERENCES measures (id) ON DELETE RESTRICT,
  released_on TEXT NULL CHECK (released_on IS NULL OR released_on >= start_date),
  release_note TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local', 'transferred')),
  origin_court TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX idx_measures_case ON measures (case_id, start_date, id);

CREATE TABLE case_transfers (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  original_case_number TEXT NOT NULL,
  original_court TEXT NOT NULL DEFAULT '',
  receiving_court TEXT NOT NULL DEFAULT '',
  decision_date TEXT NULL,
  transfer_date TEXT NOT NULL,
  unrealised_fen INTEGER NOT NULL CHECK (unrealised_fen >= 0),
  package_sha256 TEXT NOT NULL CHECK (length(package_sha256) = 64),
  signer TEXT NOT NULL,
  signer_fingerprint TEXT NOT NULL,
  debtor_name TEXT NOT NULL DEFAULT '',
  debtor_id_number TEXT NOT NULL DEFAULT '',
  manifest_json TEXT NOT NULL CHECK (json_valid(manifest_json)),
  records_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(records_json)),
  at TEXT NOT NULL
) STRICT;
CREATE INDEX idx_case_transfers_case ON case_transfers (case_id, id);
CREATE INDEX idx_case_transfers_debtor ON case_transfers (debtor_id_number, debtor_name);
`;

export const migration006: Migration = {
  version: 6,
  name: 'measures',
  up: (db) => {
    db.exec(SQL);
  },
};
