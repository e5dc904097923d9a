-- The schema after every migration (sqlite_master, whitespace normalised), checked by
-- test/platform/db/schema.test.ts. Do not edit by hand; after adding a migration, regenerate with
--   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/platform/db/schema.test.ts
-- and commit the diff together with the migration.

PRAGMA user_version = 11;

-- table audit_log
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
-- index idx_audit_entity ON audit_log
CREATE INDEX idx_audit_entity ON audit_log (entity, entity_id);
-- trigger audit_log_no_delete ON audit_log
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
-- trigger audit_log_no_update ON audit_log
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- table case_transfers
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
-- index idx_case_transfers_case ON case_transfers
CREATE INDEX idx_case_transfers_case ON case_transfers (case_id, id);
-- index idx_case_transfers_debtor ON case_transfers
CREATE INDEX idx_case_transfers_debtor ON case_transfers (debtor_id_number, debtor_name);

-- table cases
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
-- index idx_cases_updated ON cases
CREATE INDEX idx_cases_updated ON cases (updated_at);
-- index sqlite_autoindex_cases_1 ON cases: automatic (from a UNIQUE or PRIMARY KEY)

-- table distribution_claims
CREATE TABLE distribution_claims (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES distribution_plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  creditor TEXT NOT NULL CHECK (length(creditor) BETWEEN 1 AND 200),
  class TEXT NOT NULL CHECK (class IN ('costs', 'priority', 'secured', 'ordinary')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  collateral_fen INTEGER NULL CHECK (collateral_fen IS NULL OR (collateral_fen >= 0 AND class = 'secured')),
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (plan_id, position)
) STRICT;
-- index sqlite_autoindex_distribution_claims_1 ON distribution_claims: automatic (from a UNIQUE or PRIMARY KEY)

-- table distribution_plans
CREATE TABLE distribution_plans (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  debtor TEXT NOT NULL DEFAULT '' CHECK (length(debtor) <= 200),
  plan_date TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
-- index idx_distribution_plans_case ON distribution_plans
CREATE INDEX idx_distribution_plans_case ON distribution_plans (case_id, id);

-- table entry_resolutions
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
-- index idx_entry_resolutions_b ON entry_resolutions
CREATE INDEX idx_entry_resolutions_b ON entry_resolutions (set_b);
-- index sqlite_autoindex_entry_resolutions_1 ON entry_resolutions: automatic (from a UNIQUE or PRIMARY KEY)

-- table entry_set_payments
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
-- index idx_entry_set_payments_set ON entry_set_payments
CREATE INDEX idx_entry_set_payments_set ON entry_set_payments (set_id, date, position);
-- index idx_entry_set_payments_set_position ON entry_set_payments
CREATE INDEX idx_entry_set_payments_set_position ON entry_set_payments (set_id, position);

-- table entry_sets
CREATE TABLE entry_sets (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  clerk TEXT NOT NULL CHECK (length(clerk) BETWEEN 1 AND 50),
  label TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 100),
  created_at TEXT NOT NULL
) STRICT;
-- index idx_entry_sets_case ON entry_sets
CREATE INDEX idx_entry_sets_case ON entry_sets (case_id, id);

-- table excluded_intervals
CREATE TABLE excluded_intervals (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  CHECK (to_date >= from_date)
) STRICT;
-- index idx_excluded_case_from ON excluded_intervals
CREATE INDEX idx_excluded_case_from ON excluded_intervals (case_id, from_date);

-- table export_register
CREATE TABLE export_register (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  case_id INTEGER NULL REFERENCES cases (id) ON DELETE SET NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  signer TEXT NOT NULL,
  at TEXT NOT NULL,
  file_name TEXT NOT NULL
) STRICT;
-- index idx_export_register_case ON export_register
CREATE INDEX idx_export_register_case ON export_register (case_id);
-- index idx_export_register_sha256 ON export_register
CREATE INDEX idx_export_register_sha256 ON export_register (sha256);

-- table import_batch_payments
CREATE TABLE import_batch_payments (
  payment_id INTEGER PRIMARY KEY REFERENCES payments (id) ON DELETE CASCADE,
  batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  row_number INTEGER NOT NULL CHECK (row_number >= 1),
  payer TEXT NOT NULL DEFAULT '',
  UNIQUE (batch_id, row_number)
) STRICT;
-- index sqlite_autoindex_import_batch_payments_1 ON import_batch_payments: automatic (from a UNIQUE or PRIMARY KEY)

-- table import_batches
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
-- index idx_import_batches_case_sha ON import_batches
CREATE INDEX idx_import_batches_case_sha ON import_batches (case_id, sha256);

-- table measures
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
-- index idx_measures_case ON measures
CREATE INDEX idx_measures_case ON measures (case_id, start_date, id);
-- index sqlite_autoindex_measures_1 ON measures: automatic (from a UNIQUE or PRIMARY KEY)

-- table obligations
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
-- index idx_obligations_case_position ON obligations
CREATE INDEX idx_obligations_case_position ON obligations (case_id, position);
-- index sqlite_autoindex_obligations_1 ON obligations: automatic (from a UNIQUE or PRIMARY KEY)

-- table parties
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
-- index idx_parties_case_name ON parties
CREATE INDEX idx_parties_case_name ON parties (case_id, name);
-- index idx_parties_case_position ON parties
CREATE INDEX idx_parties_case_position ON parties (case_id, position);

-- table payments
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
-- index idx_payments_case_date ON payments
CREATE INDEX idx_payments_case_date ON payments (case_id, date, position);
-- index idx_payments_case_position ON payments
CREATE INDEX idx_payments_case_position ON payments (case_id, position);
-- index sqlite_autoindex_payments_1 ON payments: automatic (from a UNIQUE or PRIMARY KEY)

-- table petition_attachments
CREATE TABLE petition_attachments (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  kind TEXT NOT NULL CHECK (kind IN ('photo', 'document', 'video')),
  mime TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size > 0),
  created_at TEXT NOT NULL
) STRICT;
-- index sqlite_autoindex_petition_attachments_1 ON petition_attachments: automatic (from a UNIQUE or PRIMARY KEY)

-- table petition_attendees
CREATE TABLE petition_attendees (
  id INTEGER PRIMARY KEY,
  hearing_id INTEGER NOT NULL REFERENCES petition_hearings (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('petitioner', 'agent', 'panel', 'presiding', 'judge', 'clerk', 'notary', 'interpreter')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  panel_role TEXT NULL CHECK (panel_role IN ('人大代表', '政协委员', '律师', '人民调解员', '其他')),
  note TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  CHECK ((kind = 'panel') = (panel_role IS NOT NULL))
) STRICT;
-- index idx_petition_attendees_hearing ON petition_attendees
CREATE INDEX idx_petition_attendees_hearing ON petition_attendees (hearing_id, position);

-- table petition_hearings
CREATE TABLE petition_hearings (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('执行听证', '涉执信访听证', '执行异议听证')),
  title TEXT NOT NULL DEFAULT '',
  date TEXT NULL,
  place TEXT NOT NULL DEFAULT '',
  public INTEGER NOT NULL DEFAULT 1 CHECK (public IN (0, 1)),
  state TEXT NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'IN_SESSION', 'AWAITING_SIGNATURES', 'SIGNED')),
  stage TEXT NOT NULL DEFAULT 'opening' CHECK (stage IN ('opening', 'statement', 'explanation', 'evidence', 'questioning', 'deliberation', 'conclusion')),
  cursor INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
  conclusion TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
  , origin_court TEXT NULL
  CHECK (origin_court IS NULL OR length(origin_court) <= 200), origin_case_number TEXT NULL
  CHECK (origin_case_number IS NULL OR length(origin_case_number) <= 100)) STRICT;
-- index idx_petition_hearings_case ON petition_hearings
CREATE INDEX idx_petition_hearings_case ON petition_hearings (case_id, id);
-- trigger petition_hearings_signatures_gone ON petition_hearings
CREATE TRIGGER petition_hearings_signatures_gone AFTER DELETE ON petition_hearings
  BEGIN
  DELETE FROM signatures WHERE record_kind = 'hearing' AND record_id = OLD.id;
  DELETE FROM record_locks WHERE record_kind = 'hearing' AND record_id = OLD.id;
  END;

-- table petition_item_attachments
CREATE TABLE petition_item_attachments (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES petition_items (id) ON DELETE CASCADE,
  sha256 TEXT NOT NULL REFERENCES petition_attachments (sha256),
  label TEXT NOT NULL,
  position INTEGER NOT NULL,
  annotations_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(annotations_json))
) STRICT;
-- index idx_petition_item_attachments_item ON petition_item_attachments
CREATE INDEX idx_petition_item_attachments_item ON petition_item_attachments (item_id, position);
-- index idx_petition_item_attachments_sha ON petition_item_attachments
CREATE INDEX idx_petition_item_attachments_sha ON petition_item_attachments (sha256);

-- table petition_items
CREATE TABLE petition_items (
  id INTEGER PRIMARY KEY,
  hearing_id INTEGER NOT NULL REFERENCES petition_hearings (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  quantity TEXT NOT NULL,
  unit TEXT NOT NULL DEFAULT '',
  measure TEXT NOT NULL CHECK (measure IN ('查封', '扣押', '拍卖', '变卖', '发还', '抵债', '其他')),
  location TEXT NOT NULL DEFAULT '',
  basis TEXT NOT NULL DEFAULT '',
  document_no TEXT NOT NULL DEFAULT '',
  value_fen INTEGER NULL CHECK (value_fen IS NULL OR value_fen >= 0),
  note TEXT NOT NULL DEFAULT ''
) STRICT;
-- index idx_petition_items_hearing ON petition_items
CREATE INDEX idx_petition_items_hearing ON petition_items (hearing_id, position);

-- table petition_questions
CREATE TABLE petition_questions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES petition_items (id) ON DELETE CASCADE,
  asker TEXT NOT NULL,
  question TEXT NOT NULL CHECK (length(question) >= 1),
  answerer TEXT NOT NULL DEFAULT '',
  answer TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  answered_at TEXT NULL
) STRICT;
-- index idx_petition_questions_item ON petition_questions
CREATE INDEX idx_petition_questions_item ON petition_questions (item_id, id);

-- table petition_statements
CREATE TABLE petition_statements (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES petition_items (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('explanation', 'response')),
  stance TEXT NULL CHECK (stance IN ('accepts', 'objects')),
  text TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  CHECK ((kind = 'response') = (stance IS NOT NULL))
) STRICT;
-- index idx_petition_statements_item ON petition_statements
CREATE INDEX idx_petition_statements_item ON petition_statements (item_id, id);
-- trigger petition_statements_no_update ON petition_statements
CREATE TRIGGER petition_statements_no_update BEFORE UPDATE ON petition_statements
  BEGIN SELECT RAISE(ABORT, 'petition_statements is append-only'); END;

-- table rate_additions
CREATE TABLE rate_additions (
  id INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL CHECK (table_name IN ('lpr')),
  effective_from TEXT NOT NULL,
  one_year TEXT NOT NULL,
  over_5y TEXT NOT NULL,
  source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
  entered_at TEXT NOT NULL,
  entered_by TEXT NOT NULL,
  UNIQUE (table_name, effective_from)
) STRICT;
-- index sqlite_autoindex_rate_additions_1 ON rate_additions: automatic (from a UNIQUE or PRIMARY KEY)

-- table recon_entries
CREATE TABLE recon_entries (
  session_id INTEGER NOT NULL REFERENCES recon_sessions (id) ON DELETE CASCADE,
  entry_key TEXT NOT NULL,
  locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  finding_json TEXT NULL CHECK (finding_json IS NULL OR json_valid(finding_json)),
  PRIMARY KEY (session_id, entry_key)
) STRICT;
-- index sqlite_autoindex_recon_entries_1 ON recon_entries: automatic (from a UNIQUE or PRIMARY KEY)

-- table recon_participants
CREATE TABLE recon_participants (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES recon_sessions (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('creditor', 'creditorAgent', 'debtor', 'debtorAgent', 'judge', 'assistant', 'clerk')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  position INTEGER NOT NULL
) STRICT;
-- index idx_recon_participants_session ON recon_participants
CREATE INDEX idx_recon_participants_session ON recon_participants (session_id, position);

-- table recon_positions
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
-- index idx_recon_positions_entry ON recon_positions
CREATE INDEX idx_recon_positions_entry ON recon_positions (session_id, entry_key, side, id);
-- trigger recon_positions_no_update ON recon_positions
CREATE TRIGGER recon_positions_no_update BEFORE UPDATE ON recon_positions
  BEGIN SELECT RAISE(ABORT, 'recon_positions is append-only'); END;

-- table recon_sessions
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
-- index idx_recon_sessions_case ON recon_sessions
CREATE INDEX idx_recon_sessions_case ON recon_sessions (case_id, id);
-- trigger recon_sessions_signatures_gone ON recon_sessions
CREATE TRIGGER recon_sessions_signatures_gone AFTER DELETE ON recon_sessions
  BEGIN
  DELETE FROM signatures WHERE record_kind = 'recon' AND record_id = OLD.id;
  DELETE FROM record_locks WHERE record_kind = 'recon' AND record_id = OLD.id;
  END;

-- table record_locks
CREATE TABLE record_locks (
  record_kind TEXT NOT NULL CHECK (record_kind IN ('recon', 'hearing', 'settlement')),
  record_id INTEGER NOT NULL,
  locked_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  PRIMARY KEY (record_kind, record_id)
) STRICT;
-- index sqlite_autoindex_record_locks_1 ON record_locks: automatic (from a UNIQUE or PRIMARY KEY)
-- trigger record_locks_no_update ON record_locks
CREATE TRIGGER record_locks_no_update BEFORE UPDATE ON record_locks
  BEGIN SELECT RAISE(ABORT, 'a lock is never changed'); END;

-- table settlement_items
CREATE TABLE settlement_items (
  id INTEGER PRIMARY KEY,
  settlement_id INTEGER NOT NULL REFERENCES settlements (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('lump', 'instalments', 'deduction', 'inKind', 'thirdParty')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  detail_json TEXT NOT NULL CHECK (json_valid(detail_json)),
  UNIQUE (settlement_id, position)
) STRICT;
-- index sqlite_autoindex_settlement_items_1 ON settlement_items: automatic (from a UNIQUE or PRIMARY KEY)

-- table settlements
CREATE TABLE settlements (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  status TEXT NOT NULL CHECK (status IN ('draft', 'concluded')),
  concluded_on TEXT NULL,
  ack_as_of TEXT NOT NULL,
  principal_fen INTEGER NOT NULL CHECK (principal_fen >= 0),
  fee_fen INTEGER NOT NULL CHECK (fee_fen >= 0),
  interest_fen INTEGER NOT NULL CHECK (interest_fen >= 0),
  delay_fen INTEGER NOT NULL CHECK (delay_fen >= 0),
  waived_fen INTEGER NOT NULL CHECK (waived_fen >= 0 AND waived_fen <= delay_fen),
  clauses_json TEXT NOT NULL CHECK (json_valid(clauses_json)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL, origin_court TEXT NULL
  CHECK (origin_court IS NULL OR length(origin_court) <= 200), origin_case_number TEXT NULL
  CHECK (origin_case_number IS NULL OR length(origin_case_number) <= 100),
  CHECK (status = 'draft' OR concluded_on IS NOT NULL)
) STRICT;
-- index idx_settlements_case ON settlements
CREATE INDEX idx_settlements_case ON settlements (case_id, id);
-- trigger settlements_signatures_gone ON settlements
CREATE TRIGGER settlements_signatures_gone AFTER DELETE ON settlements
  BEGIN
  DELETE FROM signatures WHERE record_kind = 'settlement' AND record_id = OLD.id;
  DELETE FROM record_locks WHERE record_kind = 'settlement' AND record_id = OLD.id;
  END;

-- table signatures
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
-- index sqlite_autoindex_signatures_1 ON signatures: automatic (from a UNIQUE or PRIMARY KEY)
-- trigger signatures_no_update ON signatures
CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures
  BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;
