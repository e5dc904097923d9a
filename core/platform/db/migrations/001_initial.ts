import type { Migration } from './types';

/** Cases with their parties, obligations, payments and excluded intervals; the audit chain; exports. */
const SQL = `
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  case_number TEXT NOT NULL UNIQUE CHECK (length(case_number) BETWEEN 1 AND 64),
  title TEXT NOT NULL DEFAULT '',
  court TEXT NOT NULL DEFAULT '',
  judge TEXT NOT NULL DEFAULT '',
  clerk TEXT NOT NULL DEFAULT '',
  as_of TEXT NULL,
  settings_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings_json)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX idx_cases_updated ON cases (updated_at);

CREATE TABLE parties (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('applicant', 'respondent', 'third')),
  name TEXT NOT NULL CHECK (length(name) >= 1),
  id_number TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  representative TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX idx_parties_case_position ON parties (case_id, position);
-- Covers the name search of cases.list: (case_id = ? AND name LIKE ?) without touching the table.
CREATE INDEX idx_parties_case_name ON parties (case_id, name);

CREATE TABLE obligations (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
  kind TEXT NOT NULL CHECK (kind IN ('principal', 'fee', 'interestFixed', 'interestRunning')),
  label TEXT NOT NULL DEFAULT '',
  amount_fen INTEGER NULL CHECK (amount_fen >= 0),
  due TEXT NULL,
  base_code TEXT NULL,
  schedule_json TEXT NULL CHECK (schedule_json IS NULL OR json_valid(schedule_json)),
  from_date TEXT NULL,
  until_date TEXT NULL,
  in_delay_base INTEGER NULL CHECK (in_delay_base IN (0, 1)),
  position INTEGER NOT NULL,
  UNIQUE (case_id, code),
  -- The shape rules of INTEREST.md §6, kept here too so no code path can store a half-formed item.
  CHECK (kind = 'interestRunning' OR (amount_fen IS NOT NULL AND due IS NOT NULL AND base_code IS NULL)),
  CHECK (kind <> 'interestRunning' OR (amount_fen IS NULL AND base_code IS NOT NULL AND from_date IS NOT NULL))
) STRICT;
CREATE INDEX idx_obligations_case_position ON obligations (case_id, position);

CREATE TABLE payments (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  code TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
  date TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  kind TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  UNIQUE (case_id, code)
) STRICT;
CREATE INDEX idx_payments_case_date ON payments (case_id, date, position);

CREATE TABLE excluded_intervals (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  CHECK (to_date >= from_date)
) STRICT;
CREATE INDEX idx_excluded_case_from ON excluded_intervals (case_id, from_date);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  before_json TEXT NULL,
  after_json TEXT NULL,
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL CHECK (length(hash) = 64)
) STRICT;
CREATE INDEX idx_audit_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Kept when a case is deleted: the record that a document left the building outlives the case.
CREATE TABLE export_register (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  case_id INTEGER NULL REFERENCES cases (id) ON DELETE SET NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  signer TEXT NOT NULL,
  at TEXT NOT NULL,
  file_name TEXT NOT NULL
) STRICT;
CREATE INDEX idx_export_register_case ON export_register (case_id);
CREATE INDEX idx_export_register_sha256 ON export_register (sha256);
`;

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => db.exec(SQL),
};
