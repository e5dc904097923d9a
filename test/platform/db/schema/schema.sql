-- The schema after every migration (sqlite_master, whitespace normalised), checked by
-- test/platform/db/schema.test.ts. Do not edit by hand; after adding a migration, regenerate with
--   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/platform/db/schema.test.ts
-- and commit the diff together with the migration.

PRAGMA user_version = 18;

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
-- trigger hdj_audit_log_del ON audit_log
CREATE TRIGGER "hdj_audit_log_del" AFTER DELETE ON "audit_log" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('audit_log', CAST(OLD."seq" AS TEXT), 'delete', NULL); END;
-- trigger hdj_audit_log_ins ON audit_log
CREATE TRIGGER "hdj_audit_log_ins" AFTER INSERT ON "audit_log" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('audit_log', CAST(NEW."seq" AS TEXT), 'insert', json_object('seq', NEW."seq", 'hash', NEW."hash")); END;
-- trigger hdj_audit_log_upd ON audit_log
CREATE TRIGGER "hdj_audit_log_upd" AFTER UPDATE ON "audit_log" WHEN NEW."seq" IS NOT OLD."seq" OR NEW."hash" IS NOT OLD."hash" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'audit_log', CAST(OLD."seq" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'seq' AS k, json_quote(NEW."seq") AS v WHERE NEW."seq" IS NOT OLD."seq" UNION ALL SELECT 'hash' AS k, json_quote(NEW."hash") AS v WHERE NEW."hash" IS NOT OLD."hash")) WHERE CAST(OLD."seq" AS TEXT) IS CAST(NEW."seq" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'audit_log', CAST(OLD."seq" AS TEXT), 'delete', NULL WHERE CAST(OLD."seq" AS TEXT) IS NOT CAST(NEW."seq" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'audit_log', CAST(NEW."seq" AS TEXT), 'insert', json_object('seq', NEW."seq", 'hash', NEW."hash") WHERE CAST(OLD."seq" AS TEXT) IS NOT CAST(NEW."seq" AS TEXT); END;

-- table case_payouts
CREATE TABLE case_payouts (
  id INTEGER PRIMARY KEY,
  receipt_id INTEGER NOT NULL REFERENCES case_receipts (id) ON DELETE CASCADE,
  paid_on TEXT NOT NULL,
  payee TEXT NOT NULL CHECK (length(payee) BETWEEN 1 AND 200),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  plan_id INTEGER NULL REFERENCES distribution_plans (id) ON DELETE SET NULL,
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at TEXT NOT NULL
) STRICT;
-- index idx_case_payouts_receipt ON case_payouts
CREATE INDEX idx_case_payouts_receipt ON case_payouts (receipt_id, paid_on, id);
-- trigger hdj_case_payouts_del ON case_payouts
CREATE TRIGGER "hdj_case_payouts_del" AFTER DELETE ON "case_payouts" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('case_payouts', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_case_payouts_ins ON case_payouts
CREATE TRIGGER "hdj_case_payouts_ins" AFTER INSERT ON "case_payouts" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('case_payouts', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'receipt_id', NEW."receipt_id", 'paid_on', NEW."paid_on", 'payee', NEW."payee", 'amount_fen', NEW."amount_fen", 'plan_id', NEW."plan_id", 'note', NEW."note", 'created_at', NEW."created_at")); END;
-- trigger hdj_case_payouts_upd ON case_payouts
CREATE TRIGGER "hdj_case_payouts_upd" AFTER UPDATE ON "case_payouts" WHEN NEW."id" IS NOT OLD."id" OR NEW."receipt_id" IS NOT OLD."receipt_id" OR NEW."paid_on" IS NOT OLD."paid_on" OR NEW."payee" IS NOT OLD."payee" OR NEW."amount_fen" IS NOT OLD."amount_fen" OR NEW."plan_id" IS NOT OLD."plan_id" OR NEW."note" IS NOT OLD."note" OR NEW."created_at" IS NOT OLD."created_at" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'case_payouts', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'receipt_id' AS k, json_quote(NEW."receipt_id") AS v WHERE NEW."receipt_id" IS NOT OLD."receipt_id" UNION ALL SELECT 'paid_on' AS k, json_quote(NEW."paid_on") AS v WHERE NEW."paid_on" IS NOT OLD."paid_on" UNION ALL SELECT 'payee' AS k, json_quote(NEW."payee") AS v WHERE NEW."payee" IS NOT OLD."payee" UNION ALL SELECT 'amount_fen' AS k, json_quote(NEW."amount_fen") AS v WHERE NEW."amount_fen" IS NOT OLD."amount_fen" UNION ALL SELECT 'plan_id' AS k, json_quote(NEW."plan_id") AS v WHERE NEW."plan_id" IS NOT OLD."plan_id" UNION ALL SELECT 'note' AS k, json_quote(NEW."note") AS v WHERE NEW."note" IS NOT OLD."note" UNION ALL SELECT 'created_at' AS k, json_quote(NEW."created_at") AS v WHERE NEW."created_at" IS NOT OLD."created_at")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'case_payouts', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'case_payouts', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'receipt_id', NEW."receipt_id", 'paid_on', NEW."paid_on", 'payee', NEW."payee", 'amount_fen', NEW."amount_fen", 'plan_id', NEW."plan_id", 'note', NEW."note", 'created_at', NEW."created_at") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

-- table case_receipts
CREATE TABLE case_receipts (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  received_on TEXT NOT NULL,
  payer TEXT NOT NULL CHECK (length(payer) BETWEEN 1 AND 200),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
  method TEXT NOT NULL CHECK (method IN ('transfer', 'cash', 'deduction', 'other')),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
-- index idx_case_receipts_case ON case_receipts
CREATE INDEX idx_case_receipts_case ON case_receipts (case_id, received_on, id);
-- index idx_case_receipts_day ON case_receipts
CREATE INDEX idx_case_receipts_day ON case_receipts (received_on, id);
-- trigger hdj_case_receipts_del ON case_receipts
CREATE TRIGGER "hdj_case_receipts_del" AFTER DELETE ON "case_receipts" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('case_receipts', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_case_receipts_ins ON case_receipts
CREATE TRIGGER "hdj_case_receipts_ins" AFTER INSERT ON "case_receipts" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('case_receipts', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'received_on', NEW."received_on", 'payer', NEW."payer", 'amount_fen', NEW."amount_fen", 'reason', NEW."reason", 'method', NEW."method", 'note', NEW."note", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at")); END;
-- trigger hdj_case_receipts_upd ON case_receipts
CREATE TRIGGER "hdj_case_receipts_upd" AFTER UPDATE ON "case_receipts" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."received_on" IS NOT OLD."received_on" OR NEW."payer" IS NOT OLD."payer" OR NEW."amount_fen" IS NOT OLD."amount_fen" OR NEW."reason" IS NOT OLD."reason" OR NEW."method" IS NOT OLD."method" OR NEW."note" IS NOT OLD."note" OR NEW."created_at" IS NOT OLD."created_at" OR NEW."updated_at" IS NOT OLD."updated_at" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'case_receipts', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'received_on' AS k, json_quote(NEW."received_on") AS v WHERE NEW."received_on" IS NOT OLD."received_on" UNION ALL SELECT 'payer' AS k, json_quote(NEW."payer") AS v WHERE NEW."payer" IS NOT OLD."payer" UNION ALL SELECT 'amount_fen' AS k, json_quote(NEW."amount_fen") AS v WHERE NEW."amount_fen" IS NOT OLD."amount_fen" UNION ALL SELECT 'reason' AS k, json_quote(NEW."reason") AS v WHERE NEW."reason" IS NOT OLD."reason" UNION ALL SELECT 'method' AS k, json_quote(NEW."method") AS v WHERE NEW."method" IS NOT OLD."method" UNION ALL SELECT 'note' AS k, json_quote(NEW."note") AS v WHERE NEW."note" IS NOT OLD."note" UNION ALL SELECT 'created_at' AS k, json_quote(NEW."created_at") AS v WHERE NEW."created_at" IS NOT OLD."created_at" UNION ALL SELECT 'updated_at' AS k, json_quote(NEW."updated_at") AS v WHERE NEW."updated_at" IS NOT OLD."updated_at")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'case_receipts', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'case_receipts', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'received_on', NEW."received_on", 'payer', NEW."payer", 'amount_fen', NEW."amount_fen", 'reason', NEW."reason", 'method', NEW."method", 'note', NEW."note", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_case_transfers_del ON case_transfers
CREATE TRIGGER "hdj_case_transfers_del" AFTER DELETE ON "case_transfers" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('case_transfers', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_case_transfers_ins ON case_transfers
CREATE TRIGGER "hdj_case_transfers_ins" AFTER INSERT ON "case_transfers" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('case_transfers', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'direction', NEW."direction", 'original_case_number', NEW."original_case_number", 'original_court', NEW."original_court", 'receiving_court', NEW."receiving_court", 'decision_date', NEW."decision_date", 'transfer_date', NEW."transfer_date", 'unrealised_fen', NEW."unrealised_fen", 'package_sha256', NEW."package_sha256", 'signer', NEW."signer", 'signer_fingerprint', NEW."signer_fingerprint", 'debtor_name', NEW."debtor_name", 'debtor_id_number', NEW."debtor_id_number", 'manifest_json', NEW."manifest_json", 'records_json', NEW."records_json", 'at', NEW."at")); END;
-- trigger hdj_case_transfers_upd ON case_transfers
CREATE TRIGGER "hdj_case_transfers_upd" AFTER UPDATE ON "case_transfers" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."direction" IS NOT OLD."direction" OR NEW."original_case_number" IS NOT OLD."original_case_number" OR NEW."original_court" IS NOT OLD."original_court" OR NEW."receiving_court" IS NOT OLD."receiving_court" OR NEW."decision_date" IS NOT OLD."decision_date" OR NEW."transfer_date" IS NOT OLD."transfer_date" OR NEW."unrealised_fen" IS NOT OLD."unrealised_fen" OR NEW."package_sha256" IS NOT OLD."package_sha256" OR NEW."signer" IS NOT OLD."signer" OR NEW."signer_fingerprint" IS NOT OLD."signer_fingerprint" OR NEW."debtor_name" IS NOT OLD."debtor_name" OR NEW."debtor_id_number" IS NOT OLD."debtor_id_number" OR NEW."manifest_json" IS NOT OLD."manifest_json" OR NEW."records_json" IS NOT OLD."records_json" OR NEW."at" IS NOT OLD."at" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'case_transfers', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'direction' AS k, json_quote(NEW."direction") AS v WHERE NEW."direction" IS NOT OLD."direction" UNION ALL SELECT 'original_case_number' AS k, json_quote(NEW."original_case_number") AS v WHERE NEW."original_case_number" IS NOT OLD."original_case_number" UNION ALL SELECT 'original_court' AS k, json_quote(NEW."original_court") AS v WHERE NEW."original_court" IS NOT OLD."original_court" UNION ALL SELECT 'receiving_court' AS k, json_quote(NEW."receiving_court") AS v WHERE NEW."receiving_court" IS NOT OLD."receiving_court" UNION ALL SELECT 'decision_date' AS k, json_quote(NEW."decision_date") AS v WHERE NEW."decision_date" IS NOT OLD."decision_date" UNION ALL SELECT 'transfer_date' AS k, json_quote(NEW."transfer_date") AS v WHERE NEW."transfer_date" IS NOT OLD."transfer_date" UNION ALL SELECT 'unrealised_fen' AS k, json_quote(NEW."unrealised_fen") AS v WHERE NEW."unrealised_fen" IS NOT OLD."unrealised_fen" UNION ALL SELECT 'package_sha256' AS k, json_quote(NEW."package_sha256") AS v WHERE NEW."package_sha256" IS NOT OLD."package_sha256" UNION ALL SELECT 'signer' AS k, json_quote(NEW."signer") AS v WHERE NEW."signer" IS NOT OLD."signer" UNION ALL SELECT 'signer_fingerprint' AS k, json_quote(NEW."signer_fingerprint") AS v WHERE NEW."signer_fingerprint" IS NOT OLD."signer_fingerprint" UNION ALL SELECT 'debtor_name' AS k, json_quote(NEW."debtor_name") AS v WHERE NEW."debtor_name" IS NOT OLD."debtor_name" UNION ALL SELECT 'debtor_id_number' AS k, json_quote(NEW."debtor_id_number") AS v WHERE NEW."debtor_id_number" IS NOT OLD."debtor_id_number" UNION ALL SELECT 'manifest_json' AS k, json_quote(NEW."manifest_json") AS v WHERE NEW."manifest_json" IS NOT OLD."manifest_json" UNION ALL SELECT 'records_json' AS k, json_quote(NEW."records_json") AS v WHERE NEW."records_json" IS NOT OLD."records_json" UNION ALL SELECT 'at' AS k, json_quote(NEW."at") AS v WHERE NEW."at" IS NOT OLD."at")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'case_transfers', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'case_transfers', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'direction', NEW."direction", 'original_case_number', NEW."original_case_number", 'original_court', NEW."original_court", 'receiving_court', NEW."receiving_court", 'decision_date', NEW."decision_date", 'transfer_date', NEW."transfer_date", 'unrealised_fen', NEW."unrealised_fen", 'package_sha256', NEW."package_sha256", 'signer', NEW."signer", 'signer_fingerprint', NEW."signer_fingerprint", 'debtor_name', NEW."debtor_name", 'debtor_id_number', NEW."debtor_id_number", 'manifest_json', NEW."manifest_json", 'records_json', NEW."records_json", 'at', NEW."at") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_cases_del ON cases
CREATE TRIGGER "hdj_cases_del" AFTER DELETE ON "cases" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('cases', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_cases_ins ON cases
CREATE TRIGGER "hdj_cases_ins" AFTER INSERT ON "cases" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('cases', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_number', NEW."case_number", 'title', NEW."title", 'court', NEW."court", 'judge', NEW."judge", 'clerk', NEW."clerk", 'as_of', NEW."as_of", 'settings_json', NEW."settings_json", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at")); END;
-- trigger hdj_cases_upd ON cases
CREATE TRIGGER "hdj_cases_upd" AFTER UPDATE ON "cases" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_number" IS NOT OLD."case_number" OR NEW."title" IS NOT OLD."title" OR NEW."court" IS NOT OLD."court" OR NEW."judge" IS NOT OLD."judge" OR NEW."clerk" IS NOT OLD."clerk" OR NEW."as_of" IS NOT OLD."as_of" OR NEW."settings_json" IS NOT OLD."settings_json" OR NEW."created_at" IS NOT OLD."created_at" OR NEW."updated_at" IS NOT OLD."updated_at" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'cases', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_number' AS k, json_quote(NEW."case_number") AS v WHERE NEW."case_number" IS NOT OLD."case_number" UNION ALL SELECT 'title' AS k, json_quote(NEW."title") AS v WHERE NEW."title" IS NOT OLD."title" UNION ALL SELECT 'court' AS k, json_quote(NEW."court") AS v WHERE NEW."court" IS NOT OLD."court" UNION ALL SELECT 'judge' AS k, json_quote(NEW."judge") AS v WHERE NEW."judge" IS NOT OLD."judge" UNION ALL SELECT 'clerk' AS k, json_quote(NEW."clerk") AS v WHERE NEW."clerk" IS NOT OLD."clerk" UNION ALL SELECT 'as_of' AS k, json_quote(NEW."as_of") AS v WHERE NEW."as_of" IS NOT OLD."as_of" UNION ALL SELECT 'settings_json' AS k, json_quote(NEW."settings_json") AS v WHERE NEW."settings_json" IS NOT OLD."settings_json" UNION ALL SELECT 'created_at' AS k, json_quote(NEW."created_at") AS v WHERE NEW."created_at" IS NOT OLD."created_at" UNION ALL SELECT 'updated_at' AS k, json_quote(NEW."updated_at") AS v WHERE NEW."updated_at" IS NOT OLD."updated_at")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'cases', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'cases', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_number', NEW."case_number", 'title', NEW."title", 'court', NEW."court", 'judge', NEW."judge", 'clerk', NEW."clerk", 'as_of', NEW."as_of", 'settings_json', NEW."settings_json", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;
-- trigger measures_unlink_before_case_delete ON cases
CREATE TRIGGER measures_unlink_before_case_delete BEFORE DELETE ON cases
  BEGIN
  UPDATE measures SET renews_id = NULL, waits_for = NULL
  WHERE case_id = OLD.id AND (renews_id IS NOT NULL OR waits_for IS NOT NULL);
  END;

-- table distribution_claims
CREATE TABLE "distribution_claims" (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES distribution_plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  creditor TEXT NOT NULL CHECK (length(creditor) BETWEEN 1 AND 200),
  class TEXT NOT NULL CHECK (class IN ('costs', 'secured', 'priority', 'living', 'ordinary')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  collateral_fen INTEGER NULL CHECK (collateral_fen IS NULL OR (collateral_fen >= 0 AND class = 'secured')),
  sealed_on TEXT NULL,
  disputed INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (plan_id, position)
) STRICT;
-- index sqlite_autoindex_distribution_claims_1 ON distribution_claims: automatic (from a UNIQUE or PRIMARY KEY)
-- trigger hdj_distribution_claims_del ON distribution_claims
CREATE TRIGGER "hdj_distribution_claims_del" AFTER DELETE ON "distribution_claims" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('distribution_claims', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_distribution_claims_ins ON distribution_claims
CREATE TRIGGER "hdj_distribution_claims_ins" AFTER INSERT ON "distribution_claims" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('distribution_claims', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'plan_id', NEW."plan_id", 'position', NEW."position", 'creditor', NEW."creditor", 'class', NEW."class", 'amount_fen', NEW."amount_fen", 'collateral_fen', NEW."collateral_fen", 'sealed_on', NEW."sealed_on", 'disputed', NEW."disputed", 'note', NEW."note")); END;
-- trigger hdj_distribution_claims_upd ON distribution_claims
CREATE TRIGGER "hdj_distribution_claims_upd" AFTER UPDATE ON "distribution_claims" WHEN NEW."id" IS NOT OLD."id" OR NEW."plan_id" IS NOT OLD."plan_id" OR NEW."position" IS NOT OLD."position" OR NEW."creditor" IS NOT OLD."creditor" OR NEW."class" IS NOT OLD."class" OR NEW."amount_fen" IS NOT OLD."amount_fen" OR NEW."collateral_fen" IS NOT OLD."collateral_fen" OR NEW."sealed_on" IS NOT OLD."sealed_on" OR NEW."disputed" IS NOT OLD."disputed" OR NEW."note" IS NOT OLD."note" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'distribution_claims', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'plan_id' AS k, json_quote(NEW."plan_id") AS v WHERE NEW."plan_id" IS NOT OLD."plan_id" UNION ALL SELECT 'position' AS k, json_quote(NEW."position") AS v WHERE NEW."position" IS NOT OLD."position" UNION ALL SELECT 'creditor' AS k, json_quote(NEW."creditor") AS v WHERE NEW."creditor" IS NOT OLD."creditor" UNION ALL SELECT 'class' AS k, json_quote(NEW."class") AS v WHERE NEW."class" IS NOT OLD."class" UNION ALL SELECT 'amount_fen' AS k, json_quote(NEW."amount_fen") AS v WHERE NEW."amount_fen" IS NOT OLD."amount_fen" UNION ALL SELECT 'collateral_fen' AS k, json_quote(NEW."collateral_fen") AS v WHERE NEW."collateral_fen" IS NOT OLD."collateral_fen" UNION ALL SELECT 'sealed_on' AS k, json_quote(NEW."sealed_on") AS v WHERE NEW."sealed_on" IS NOT OLD."sealed_on" UNION ALL SELECT 'disputed' AS k, json_quote(NEW."disputed") AS v WHERE NEW."disputed" IS NOT OLD."disputed" UNION ALL SELECT 'note' AS k, json_quote(NEW."note") AS v WHERE NEW."note" IS NOT OLD."note")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'distribution_claims', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'distribution_claims', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'plan_id', NEW."plan_id", 'position', NEW."position", 'creditor', NEW."creditor", 'class', NEW."class", 'amount_fen', NEW."amount_fen", 'collateral_fen', NEW."collateral_fen", 'sealed_on', NEW."sealed_on", 'disputed', NEW."disputed", 'note', NEW."note") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
  , rule_set TEXT NOT NULL DEFAULT 'civil508'
  CHECK (rule_set IN ('civil508', 'enterprise514')), living_first INTEGER NOT NULL DEFAULT 0 CHECK (living_first IN (0, 1)), clocks_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(clocks_json))) STRICT;
-- index idx_distribution_plans_case ON distribution_plans
CREATE INDEX idx_distribution_plans_case ON distribution_plans (case_id, id);
-- trigger hdj_distribution_plans_del ON distribution_plans
CREATE TRIGGER "hdj_distribution_plans_del" AFTER DELETE ON "distribution_plans" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('distribution_plans', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_distribution_plans_ins ON distribution_plans
CREATE TRIGGER "hdj_distribution_plans_ins" AFTER INSERT ON "distribution_plans" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('distribution_plans', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'title', NEW."title", 'debtor', NEW."debtor", 'plan_date', NEW."plan_date", 'amount_fen', NEW."amount_fen", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'rule_set', NEW."rule_set", 'living_first', NEW."living_first", 'clocks_json', NEW."clocks_json")); END;
-- trigger hdj_distribution_plans_upd ON distribution_plans
CREATE TRIGGER "hdj_distribution_plans_upd" AFTER UPDATE ON "distribution_plans" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."title" IS NOT OLD."title" OR NEW."debtor" IS NOT OLD."debtor" OR NEW."plan_date" IS NOT OLD."plan_date" OR NEW."amount_fen" IS NOT OLD."amount_fen" OR NEW."created_at" IS NOT OLD."created_at" OR NEW."updated_at" IS NOT OLD."updated_at" OR NEW."rule_set" IS NOT OLD."rule_set" OR NEW."living_first" IS NOT OLD."living_first" OR NEW."clocks_json" IS NOT OLD."clocks_json" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'distribution_plans', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'title' AS k, json_quote(NEW."title") AS v WHERE NEW."title" IS NOT OLD."title" UNION ALL SELECT 'debtor' AS k, json_quote(NEW."debtor") AS v WHERE NEW."debtor" IS NOT OLD."debtor" UNION ALL SELECT 'plan_date' AS k, json_quote(NEW."plan_date") AS v WHERE NEW."plan_date" IS NOT OLD."plan_date" UNION ALL SELECT 'amount_fen' AS k, json_quote(NEW."amount_fen") AS v WHERE NEW."amount_fen" IS NOT OLD."amount_fen" UNION ALL SELECT 'created_at' AS k, json_quote(NEW."created_at") AS v WHERE NEW."created_at" IS NOT OLD."created_at" UNION ALL SELECT 'updated_at' AS k, json_quote(NEW."updated_at") AS v WHERE NEW."updated_at" IS NOT OLD."updated_at" UNION ALL SELECT 'rule_set' AS k, json_quote(NEW."rule_set") AS v WHERE NEW."rule_set" IS NOT OLD."rule_set" UNION ALL SELECT 'living_first' AS k, json_quote(NEW."living_first") AS v WHERE NEW."living_first" IS NOT OLD."living_first" UNION ALL SELECT 'clocks_json' AS k, json_quote(NEW."clocks_json") AS v WHERE NEW."clocks_json" IS NOT OLD."clocks_json")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'distribution_plans', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'distribution_plans', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'title', NEW."title", 'debtor', NEW."debtor", 'plan_date', NEW."plan_date", 'amount_fen', NEW."amount_fen", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'rule_set', NEW."rule_set", 'living_first', NEW."living_first", 'clocks_json', NEW."clocks_json") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_entry_resolutions_del ON entry_resolutions
CREATE TRIGGER "hdj_entry_resolutions_del" AFTER DELETE ON "entry_resolutions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('entry_resolutions', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_entry_resolutions_ins ON entry_resolutions
CREATE TRIGGER "hdj_entry_resolutions_ins" AFTER INSERT ON "entry_resolutions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('entry_resolutions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'set_a', NEW."set_a", 'set_b', NEW."set_b", 'diff_key', NEW."diff_key", 'choice', NEW."choice", 'value_json', NEW."value_json", 'reason', NEW."reason", 'decided_by', NEW."decided_by", 'decided_at', NEW."decided_at")); END;
-- trigger hdj_entry_resolutions_upd ON entry_resolutions
CREATE TRIGGER "hdj_entry_resolutions_upd" AFTER UPDATE ON "entry_resolutions" WHEN NEW."id" IS NOT OLD."id" OR NEW."set_a" IS NOT OLD."set_a" OR NEW."set_b" IS NOT OLD."set_b" OR NEW."diff_key" IS NOT OLD."diff_key" OR NEW."choice" IS NOT OLD."choice" OR NEW."value_json" IS NOT OLD."value_json" OR NEW."reason" IS NOT OLD."reason" OR NEW."decided_by" IS NOT OLD."decided_by" OR NEW."decided_at" IS NOT OLD."decided_at" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'entry_resolutions', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'set_a' AS k, json_quote(NEW."set_a") AS v WHERE NEW."set_a" IS NOT OLD."set_a" UNION ALL SELECT 'set_b' AS k, json_quote(NEW."set_b") AS v WHERE NEW."set_b" IS NOT OLD."set_b" UNION ALL SELECT 'diff_key' AS k, json_quote(NEW."diff_key") AS v WHERE NEW."diff_key" IS NOT OLD."diff_key" UNION ALL SELECT 'choice' AS k, json_quote(NEW."choice") AS v WHERE NEW."choice" IS NOT OLD."choice" UNION ALL SELECT 'value_json' AS k, json_quote(NEW."value_json") AS v WHERE NEW."value_json" IS NOT OLD."value_json" UNION ALL SELECT 'reason' AS k, json_quote(NEW."reason") AS v WHERE NEW."reason" IS NOT OLD."reason" UNION ALL SELECT 'decided_by' AS k, json_quote(NEW."decided_by") AS v WHERE NEW."decided_by" IS NOT OLD."decided_by" UNION ALL SELECT 'decided_at' AS k, json_quote(NEW."decided_at") AS v WHERE NEW."decided_at" IS NOT OLD."decided_at")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'entry_resolutions', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'entry_resolutions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'set_a', NEW."set_a", 'set_b', NEW."set_b", 'diff_key', NEW."diff_key", 'choice', NEW."choice", 'value_json', NEW."value_json", 'reason', NEW."reason", 'decided_by', NEW."decided_by", 'decided_at', NEW."decided_at") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_entry_set_payments_del ON entry_set_payments
CREATE TRIGGER "hdj_entry_set_payments_del" AFTER DELETE ON "entry_set_payments" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('entry_set_payments', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_entry_set_payments_ins ON entry_set_payments
CREATE TRIGGER "hdj_entry_set_payments_ins" AFTER INSERT ON "entry_set_payments" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('entry_set_payments', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'set_id', NEW."set_id", 'date', NEW."date", 'amount_fen', NEW."amount_fen", 'kind', NEW."kind", 'payer', NEW."payer", 'note', NEW."note", 'position', NEW."position")); END;
-- trigger hdj_entry_set_payments_upd ON entry_set_payments
CREATE TRIGGER "hdj_entry_set_payments_upd" AFTER UPDATE ON "entry_set_payments" WHEN NEW."id" IS NOT OLD."id" OR NEW."set_id" IS NOT OLD."set_id" OR NEW."date" IS NOT OLD."date" OR NEW."amount_fen" IS NOT OLD."amount_fen" OR NEW."kind" IS NOT OLD."kind" OR NEW."payer" IS NOT OLD."payer" OR NEW."note" IS NOT OLD."note" OR NEW."position" IS NOT OLD."position" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'entry_set_payments', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'set_id' AS k, json_quote(NEW."set_id") AS v WHERE NEW."set_id" IS NOT OLD."set_id" UNION ALL SELECT 'date' AS k, json_quote(NEW."date") AS v WHERE NEW."date" IS NOT OLD."date" UNION ALL SELECT 'amount_fen' AS k, json_quote(NEW."amount_fen") AS v WHERE NEW."amount_fen" IS NOT OLD."amount_fen" UNION ALL SELECT 'kind' AS k, json_quote(NEW."kind") AS v WHERE NEW."kind" IS NOT OLD."kind" UNION ALL SELECT 'payer' AS k, json_quote(NEW."payer") AS v WHERE NEW."payer" IS NOT OLD."payer" UNION ALL SELECT 'note' AS k, json_quote(NEW."note") AS v WHERE NEW."note" IS NOT OLD."note" UNION ALL SELECT 'position' AS k, json_quote(NEW."position") AS v WHERE NEW."position" IS NOT OLD."position")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'entry_set_payments', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'entry_set_payments', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'set_id', NEW."set_id", 'date', NEW."date", 'amount_fen', NEW."amount_fen", 'kind', NEW."kind", 'payer', NEW."payer", 'note', NEW."note", 'position', NEW."position") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_entry_sets_del ON entry_sets
CREATE TRIGGER "hdj_entry_sets_del" AFTER DELETE ON "entry_sets" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('entry_sets', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_entry_sets_ins ON entry_sets
CREATE TRIGGER "hdj_entry_sets_ins" AFTER INSERT ON "entry_sets" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('entry_sets', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'clerk', NEW."clerk", 'label', NEW."label", 'created_at', NEW."created_at")); END;
-- trigger hdj_entry_sets_upd ON entry_sets
CREATE TRIGGER "hdj_entry_sets_upd" AFTER UPDATE ON "entry_sets" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."clerk" IS NOT OLD."clerk" OR NEW."label" IS NOT OLD."label" OR NEW."created_at" IS NOT OLD."created_at" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'entry_sets', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'clerk' AS k, json_quote(NEW."clerk") AS v WHERE NEW."clerk" IS NOT OLD."clerk" UNION ALL SELECT 'label' AS k, json_quote(NEW."label") AS v WHERE NEW."label" IS NOT OLD."label" UNION ALL SELECT 'created_at' AS k, json_quote(NEW."created_at") AS v WHERE NEW."created_at" IS NOT OLD."created_at")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'entry_sets', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'entry_sets', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'clerk', NEW."clerk", 'label', NEW."label", 'created_at', NEW."created_at") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_excluded_intervals_del ON excluded_intervals
CREATE TRIGGER "hdj_excluded_intervals_del" AFTER DELETE ON "excluded_intervals" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('excluded_intervals', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_excluded_intervals_ins ON excluded_intervals
CREATE TRIGGER "hdj_excluded_intervals_ins" AFTER INSERT ON "excluded_intervals" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('excluded_intervals', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'from_date', NEW."from_date", 'to_date', NEW."to_date", 'reason', NEW."reason")); END;
-- trigger hdj_excluded_intervals_upd ON excluded_intervals
CREATE TRIGGER "hdj_excluded_intervals_upd" AFTER UPDATE ON "excluded_intervals" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."from_date" IS NOT OLD."from_date" OR NEW."to_date" IS NOT OLD."to_date" OR NEW."reason" IS NOT OLD."reason" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'excluded_intervals', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'from_date' AS k, json_quote(NEW."from_date") AS v WHERE NEW."from_date" IS NOT OLD."from_date" UNION ALL SELECT 'to_date' AS k, json_quote(NEW."to_date") AS v WHERE NEW."to_date" IS NOT OLD."to_date" UNION ALL SELECT 'reason' AS k, json_quote(NEW."reason") AS v WHERE NEW."reason" IS NOT OLD."reason")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'excluded_intervals', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'excluded_intervals', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'from_date', NEW."from_date", 'to_date', NEW."to_date", 'reason', NEW."reason") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_export_register_del ON export_register
CREATE TRIGGER "hdj_export_register_del" AFTER DELETE ON "export_register" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('export_register', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_export_register_ins ON export_register
CREATE TRIGGER "hdj_export_register_ins" AFTER INSERT ON "export_register" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('export_register', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'kind', NEW."kind", 'case_id', NEW."case_id", 'sha256', NEW."sha256", 'signer', NEW."signer", 'at', NEW."at", 'file_name', NEW."file_name")); END;
-- trigger hdj_export_register_upd ON export_register
CREATE TRIGGER "hdj_export_register_upd" AFTER UPDATE ON "export_register" WHEN NEW."id" IS NOT OLD."id" OR NEW."kind" IS NOT OLD."kind" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."sha256" IS NOT OLD."sha256" OR NEW."signer" IS NOT OLD."signer" OR NEW."at" IS NOT OLD."at" OR NEW."file_name" IS NOT OLD."file_name" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'export_register', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'kind' AS k, json_quote(NEW."kind") AS v WHERE NEW."kind" IS NOT OLD."kind" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'sha256' AS k, json_quote(NEW."sha256") AS v WHERE NEW."sha256" IS NOT OLD."sha256" UNION ALL SELECT 'signer' AS k, json_quote(NEW."signer") AS v WHERE NEW."signer" IS NOT OLD."signer" UNION ALL SELECT 'at' AS k, json_quote(NEW."at") AS v WHERE NEW."at" IS NOT OLD."at" UNION ALL SELECT 'file_name' AS k, json_quote(NEW."file_name") AS v WHERE NEW."file_name" IS NOT OLD."file_name")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'export_register', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'export_register', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'kind', NEW."kind", 'case_id', NEW."case_id", 'sha256', NEW."sha256", 'signer', NEW."signer", 'at', NEW."at", 'file_name', NEW."file_name") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

-- table import_batch_payments
CREATE TABLE "import_batch_payments" (
  payment_id INTEGER PRIMARY KEY REFERENCES payments (id) ON DELETE CASCADE,
  batch_id INTEGER NOT NULL REFERENCES "import_batches" (id) ON DELETE CASCADE,
  row_number INTEGER NOT NULL CHECK (row_number >= 1),
  payer TEXT NOT NULL DEFAULT '',
  UNIQUE (batch_id, row_number)
) STRICT;
-- index sqlite_autoindex_import_batch_payments_1 ON import_batch_payments: automatic (from a UNIQUE or PRIMARY KEY)
-- trigger hdj_import_batch_payments_del ON import_batch_payments
CREATE TRIGGER "hdj_import_batch_payments_del" AFTER DELETE ON "import_batch_payments" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('import_batch_payments', CAST(OLD."payment_id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_import_batch_payments_ins ON import_batch_payments
CREATE TRIGGER "hdj_import_batch_payments_ins" AFTER INSERT ON "import_batch_payments" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('import_batch_payments', CAST(NEW."payment_id" AS TEXT), 'insert', json_object('payment_id', NEW."payment_id", 'batch_id', NEW."batch_id", 'row_number', NEW."row_number", 'payer', NEW."payer")); END;
-- trigger hdj_import_batch_payments_upd ON import_batch_payments
CREATE TRIGGER "hdj_import_batch_payments_upd" AFTER UPDATE ON "import_batch_payments" WHEN NEW."payment_id" IS NOT OLD."payment_id" OR NEW."batch_id" IS NOT OLD."batch_id" OR NEW."row_number" IS NOT OLD."row_number" OR NEW."payer" IS NOT OLD."payer" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'import_batch_payments', CAST(OLD."payment_id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'payment_id' AS k, json_quote(NEW."payment_id") AS v WHERE NEW."payment_id" IS NOT OLD."payment_id" UNION ALL SELECT 'batch_id' AS k, json_quote(NEW."batch_id") AS v WHERE NEW."batch_id" IS NOT OLD."batch_id" UNION ALL SELECT 'row_number' AS k, json_quote(NEW."row_number") AS v WHERE NEW."row_number" IS NOT OLD."row_number" UNION ALL SELECT 'payer' AS k, json_quote(NEW."payer") AS v WHERE NEW."payer" IS NOT OLD."payer")) WHERE CAST(OLD."payment_id" AS TEXT) IS CAST(NEW."payment_id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'import_batch_payments', CAST(OLD."payment_id" AS TEXT), 'delete', NULL WHERE CAST(OLD."payment_id" AS TEXT) IS NOT CAST(NEW."payment_id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'import_batch_payments', CAST(NEW."payment_id" AS TEXT), 'insert', json_object('payment_id', NEW."payment_id", 'batch_id', NEW."batch_id", 'row_number', NEW."row_number", 'payer', NEW."payer") WHERE CAST(OLD."payment_id" AS TEXT) IS NOT CAST(NEW."payment_id" AS TEXT); END;

-- table import_batches
CREATE TABLE "import_batches" (
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
-- index idx_import_batches_case_sha ON import_batches
CREATE INDEX idx_import_batches_case_sha ON import_batches (case_id, sha256);
-- trigger hdj_import_batches_del ON import_batches
CREATE TRIGGER "hdj_import_batches_del" AFTER DELETE ON "import_batches" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('import_batches', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_import_batches_ins ON import_batches
CREATE TRIGGER "hdj_import_batches_ins" AFTER INSERT ON "import_batches" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('import_batches', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'file_name', NEW."file_name", 'sha256', NEW."sha256", 'format', NEW."format", 'encoding', NEW."encoding", 'sheet', NEW."sheet", 'mapping_json', NEW."mapping_json", 'row_count', NEW."row_count", 'imported_count', NEW."imported_count", 'total_fen', NEW."total_fen", 'imported_by', NEW."imported_by", 'imported_at', NEW."imported_at", 'layout', NEW."layout")); END;
-- trigger hdj_import_batches_upd ON import_batches
CREATE TRIGGER "hdj_import_batches_upd" AFTER UPDATE ON "import_batches" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."file_name" IS NOT OLD."file_name" OR NEW."sha256" IS NOT OLD."sha256" OR NEW."format" IS NOT OLD."format" OR NEW."encoding" IS NOT OLD."encoding" OR NEW."sheet" IS NOT OLD."sheet" OR NEW."mapping_json" IS NOT OLD."mapping_json" OR NEW."row_count" IS NOT OLD."row_count" OR NEW."imported_count" IS NOT OLD."imported_count" OR NEW."total_fen" IS NOT OLD."total_fen" OR NEW."imported_by" IS NOT OLD."imported_by" OR NEW."imported_at" IS NOT OLD."imported_at" OR NEW."layout" IS NOT OLD."layout" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'import_batches', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'file_name' AS k, json_quote(NEW."file_name") AS v WHERE NEW."file_name" IS NOT OLD."file_name" UNION ALL SELECT 'sha256' AS k, json_quote(NEW."sha256") AS v WHERE NEW."sha256" IS NOT OLD."sha256" UNION ALL SELECT 'format' AS k, json_quote(NEW."format") AS v WHERE NEW."format" IS NOT OLD."format" UNION ALL SELECT 'encoding' AS k, json_quote(NEW."encoding") AS v WHERE NEW."encoding" IS NOT OLD."encoding" UNION ALL SELECT 'sheet' AS k, json_quote(NEW."sheet") AS v WHERE NEW."sheet" IS NOT OLD."sheet" UNION ALL SELECT 'mapping_json' AS k, json_quote(NEW."mapping_json") AS v WHERE NEW."mapping_json" IS NOT OLD."mapping_json" UNION ALL SELECT 'row_count' AS k, json_quote(NEW."row_count") AS v WHERE NEW."row_count" IS NOT OLD."row_count" UNION ALL SELECT 'imported_count' AS k, json_quote(NEW."imported_count") AS v WHERE NEW."imported_count" IS NOT OLD."imported_count" UNION ALL SELECT 'total_fen' AS k, json_quote(NEW."total_fen") AS v WHERE NEW."total_fen" IS NOT OLD."total_fen" UNION ALL SELECT 'imported_by' AS k, json_quote(NEW."imported_by") AS v WHERE NEW."imported_by" IS NOT OLD."imported_by" UNION ALL SELECT 'imported_at' AS k, json_quote(NEW."imported_at") AS v WHERE NEW."imported_at" IS NOT OLD."imported_at" UNION ALL SELECT 'layout' AS k, json_quote(NEW."layout") AS v WHERE NEW."layout" IS NOT OLD."layout")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'import_batches', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'import_batches', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'file_name', NEW."file_name", 'sha256', NEW."sha256", 'format', NEW."format", 'encoding', NEW."encoding", 'sheet', NEW."sheet", 'mapping_json', NEW."mapping_json", 'row_count', NEW."row_count", 'imported_count', NEW."imported_count", 'total_fen', NEW."total_fen", 'imported_by', NEW."imported_by", 'imported_at', NEW."imported_at", 'layout', NEW."layout") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
  , waits_for INTEGER NULL REFERENCES measures (id) ON DELETE SET NULL, promoted_on TEXT NULL CHECK (promoted_on IS NULL OR promoted_on >= start_date)) STRICT;
-- index idx_measures_case ON measures
CREATE INDEX idx_measures_case ON measures (case_id, start_date, id);
-- index idx_measures_waits_for ON measures
CREATE INDEX idx_measures_waits_for ON measures (waits_for);
-- index sqlite_autoindex_measures_1 ON measures: automatic (from a UNIQUE or PRIMARY KEY)
-- trigger hdj_measures_del ON measures
CREATE TRIGGER "hdj_measures_del" AFTER DELETE ON "measures" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('measures', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_measures_ins ON measures
CREATE TRIGGER "hdj_measures_ins" AFTER INSERT ON "measures" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('measures', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'kind', NEW."kind", 'object', NEW."object", 'ruling_number', NEW."ruling_number", 'start_date', NEW."start_date", 'term_months', NEW."term_months", 'expires_on', NEW."expires_on", 'renews_id', NEW."renews_id", 'released_on', NEW."released_on", 'release_note', NEW."release_note", 'note', NEW."note", 'origin', NEW."origin", 'origin_court', NEW."origin_court", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'waits_for', NEW."waits_for", 'promoted_on', NEW."promoted_on")); END;
-- trigger hdj_measures_upd ON measures
CREATE TRIGGER "hdj_measures_upd" AFTER UPDATE ON "measures" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."kind" IS NOT OLD."kind" OR NEW."object" IS NOT OLD."object" OR NEW."ruling_number" IS NOT OLD."ruling_number" OR NEW."start_date" IS NOT OLD."start_date" OR NEW."term_months" IS NOT OLD."term_months" OR NEW."expires_on" IS NOT OLD."expires_on" OR NEW."renews_id" IS NOT OLD."renews_id" OR NEW."released_on" IS NOT OLD."released_on" OR NEW."release_note" IS NOT OLD."release_note" OR NEW."note" IS NOT OLD."note" OR NEW."origin" IS NOT OLD."origin" OR NEW."origin_court" IS NOT OLD."origin_court" OR NEW."created_at" IS NOT OLD."created_at" OR NEW."updated_at" IS NOT OLD."updated_at" OR NEW."waits_for" IS NOT OLD."waits_for" OR NEW."promoted_on" IS NOT OLD."promoted_on" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'measures', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'kind' AS k, json_quote(NEW."kind") AS v WHERE NEW."kind" IS NOT OLD."kind" UNION ALL SELECT 'object' AS k, json_quote(NEW."object") AS v WHERE NEW."object" IS NOT OLD."object" UNION ALL SELECT 'ruling_number' AS k, json_quote(NEW."ruling_number") AS v WHERE NEW."ruling_number" IS NOT OLD."ruling_number" UNION ALL SELECT 'start_date' AS k, json_quote(NEW."start_date") AS v WHERE NEW."start_date" IS NOT OLD."start_date" UNION ALL SELECT 'term_months' AS k, json_quote(NEW."term_months") AS v WHERE NEW."term_months" IS NOT OLD."term_months" UNION ALL SELECT 'expires_on' AS k, json_quote(NEW."expires_on") AS v WHERE NEW."expires_on" IS NOT OLD."expires_on" UNION ALL SELECT 'renews_id' AS k, json_quote(NEW."renews_id") AS v WHERE NEW."renews_id" IS NOT OLD."renews_id" UNION ALL SELECT 'released_on' AS k, json_quote(NEW."released_on") AS v WHERE NEW."released_on" IS NOT OLD."released_on" UNION ALL SELECT 'release_note' AS k, json_quote(NEW."release_note") AS v WHERE NEW."release_note" IS NOT OLD."release_note" UNION ALL SELECT 'note' AS k, json_quote(NEW."note") AS v WHERE NEW."note" IS NOT OLD."note" UNION ALL SELECT 'origin' AS k, json_quote(NEW."origin") AS v WHERE NEW."origin" IS NOT OLD."origin" UNION ALL SELECT 'origin_court' AS k, json_quote(NEW."origin_court") AS v WHERE NEW."origin_court" IS NOT OLD."origin_court" UNION ALL SELECT 'created_at' AS k, json_quote(NEW."created_at") AS v WHERE NEW."created_at" IS NOT OLD."created_at" UNION ALL SELECT 'updated_at' AS k, json_quote(NEW."updated_at") AS v WHERE NEW."updated_at" IS NOT OLD."updated_at" UNION ALL SELECT 'waits_for' AS k, json_quote(NEW."waits_for") AS v WHERE NEW."waits_for" IS NOT OLD."waits_for" UNION ALL SELECT 'promoted_on' AS k, json_quote(NEW."promoted_on") AS v WHERE NEW."promoted_on" IS NOT OLD."promoted_on")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'measures', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'measures', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'kind', NEW."kind", 'object', NEW."object", 'ruling_number', NEW."ruling_number", 'start_date', NEW."start_date", 'term_months', NEW."term_months", 'expires_on', NEW."expires_on", 'renews_id', NEW."renews_id", 'released_on', NEW."released_on", 'release_note', NEW."release_note", 'note', NEW."note", 'origin', NEW."origin", 'origin_court', NEW."origin_court", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'waits_for', NEW."waits_for", 'promoted_on', NEW."promoted_on") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_obligations_del ON obligations
CREATE TRIGGER "hdj_obligations_del" AFTER DELETE ON "obligations" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('obligations', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_obligations_ins ON obligations
CREATE TRIGGER "hdj_obligations_ins" AFTER INSERT ON "obligations" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('obligations', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'code', NEW."code", 'kind', NEW."kind", 'label', NEW."label", 'amount_fen', NEW."amount_fen", 'due', NEW."due", 'base_code', NEW."base_code", 'schedule_json', NEW."schedule_json", 'from_date', NEW."from_date", 'until_date', NEW."until_date", 'in_delay_base', NEW."in_delay_base", 'position', NEW."position")); END;
-- trigger hdj_obligations_upd ON obligations
CREATE TRIGGER "hdj_obligations_upd" AFTER UPDATE ON "obligations" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."code" IS NOT OLD."code" OR NEW."kind" IS NOT OLD."kind" OR NEW."label" IS NOT OLD."label" OR NEW."amount_fen" IS NOT OLD."amount_fen" OR NEW."due" IS NOT OLD."due" OR NEW."base_code" IS NOT OLD."base_code" OR NEW."schedule_json" IS NOT OLD."schedule_json" OR NEW."from_date" IS NOT OLD."from_date" OR NEW."until_date" IS NOT OLD."until_date" OR NEW."in_delay_base" IS NOT OLD."in_delay_base" OR NEW."position" IS NOT OLD."position" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'obligations', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'code' AS k, json_quote(NEW."code") AS v WHERE NEW."code" IS NOT OLD."code" UNION ALL SELECT 'kind' AS k, json_quote(NEW."kind") AS v WHERE NEW."kind" IS NOT OLD."kind" UNION ALL SELECT 'label' AS k, json_quote(NEW."label") AS v WHERE NEW."label" IS NOT OLD."label" UNION ALL SELECT 'amount_fen' AS k, json_quote(NEW."amount_fen") AS v WHERE NEW."amount_fen" IS NOT OLD."amount_fen" UNION ALL SELECT 'due' AS k, json_quote(NEW."due") AS v WHERE NEW."due" IS NOT OLD."due" UNION ALL SELECT 'base_code' AS k, json_quote(NEW."base_code") AS v WHERE NEW."base_code" IS NOT OLD."base_code" UNION ALL SELECT 'schedule_json' AS k, json_quote(NEW."schedule_json") AS v WHERE NEW."schedule_json" IS NOT OLD."schedule_json" UNION ALL SELECT 'from_date' AS k, json_quote(NEW."from_date") AS v WHERE NEW."from_date" IS NOT OLD."from_date" UNION ALL SELECT 'until_date' AS k, json_quote(NEW."until_date") AS v WHERE NEW."until_date" IS NOT OLD."until_date" UNION ALL SELECT 'in_delay_base' AS k, json_quote(NEW."in_delay_base") AS v WHERE NEW."in_delay_base" IS NOT OLD."in_delay_base" UNION ALL SELECT 'position' AS k, json_quote(NEW."position") AS v WHERE NEW."position" IS NOT OLD."position")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'obligations', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'obligations', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'code', NEW."code", 'kind', NEW."kind", 'label', NEW."label", 'amount_fen', NEW."amount_fen", 'due', NEW."due", 'base_code', NEW."base_code", 'schedule_json', NEW."schedule_json", 'from_date', NEW."from_date", 'until_date', NEW."until_date", 'in_delay_base', NEW."in_delay_base", 'position', NEW."position") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_parties_del ON parties
CREATE TRIGGER "hdj_parties_del" AFTER DELETE ON "parties" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('parties', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_parties_ins ON parties
CREATE TRIGGER "hdj_parties_ins" AFTER INSERT ON "parties" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('parties', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'role', NEW."role", 'name', NEW."name", 'id_number', NEW."id_number", 'phone', NEW."phone", 'address', NEW."address", 'representative', NEW."representative", 'position', NEW."position")); END;
-- trigger hdj_parties_upd ON parties
CREATE TRIGGER "hdj_parties_upd" AFTER UPDATE ON "parties" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."role" IS NOT OLD."role" OR NEW."name" IS NOT OLD."name" OR NEW."id_number" IS NOT OLD."id_number" OR NEW."phone" IS NOT OLD."phone" OR NEW."address" IS NOT OLD."address" OR NEW."representative" IS NOT OLD."representative" OR NEW."position" IS NOT OLD."position" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'parties', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'role' AS k, json_quote(NEW."role") AS v WHERE NEW."role" IS NOT OLD."role" UNION ALL SELECT 'name' AS k, json_quote(NEW."name") AS v WHERE NEW."name" IS NOT OLD."name" UNION ALL SELECT 'id_number' AS k, json_quote(NEW."id_number") AS v WHERE NEW."id_number" IS NOT OLD."id_number" UNION ALL SELECT 'phone' AS k, json_quote(NEW."phone") AS v WHERE NEW."phone" IS NOT OLD."phone" UNION ALL SELECT 'address' AS k, json_quote(NEW."address") AS v WHERE NEW."address" IS NOT OLD."address" UNION ALL SELECT 'representative' AS k, json_quote(NEW."representative") AS v WHERE NEW."representative" IS NOT OLD."representative" UNION ALL SELECT 'position' AS k, json_quote(NEW."position") AS v WHERE NEW."position" IS NOT OLD."position")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'parties', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'parties', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'role', NEW."role", 'name', NEW."name", 'id_number', NEW."id_number", 'phone', NEW."phone", 'address', NEW."address", 'representative', NEW."representative", 'position', NEW."position") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_payments_del ON payments
CREATE TRIGGER "hdj_payments_del" AFTER DELETE ON "payments" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('payments', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_payments_ins ON payments
CREATE TRIGGER "hdj_payments_ins" AFTER INSERT ON "payments" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('payments', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'code', NEW."code", 'date', NEW."date", 'amount_fen', NEW."amount_fen", 'kind', NEW."kind", 'note', NEW."note", 'position', NEW."position")); END;
-- trigger hdj_payments_upd ON payments
CREATE TRIGGER "hdj_payments_upd" AFTER UPDATE ON "payments" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."code" IS NOT OLD."code" OR NEW."date" IS NOT OLD."date" OR NEW."amount_fen" IS NOT OLD."amount_fen" OR NEW."kind" IS NOT OLD."kind" OR NEW."note" IS NOT OLD."note" OR NEW."position" IS NOT OLD."position" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'payments', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'code' AS k, json_quote(NEW."code") AS v WHERE NEW."code" IS NOT OLD."code" UNION ALL SELECT 'date' AS k, json_quote(NEW."date") AS v WHERE NEW."date" IS NOT OLD."date" UNION ALL SELECT 'amount_fen' AS k, json_quote(NEW."amount_fen") AS v WHERE NEW."amount_fen" IS NOT OLD."amount_fen" UNION ALL SELECT 'kind' AS k, json_quote(NEW."kind") AS v WHERE NEW."kind" IS NOT OLD."kind" UNION ALL SELECT 'note' AS k, json_quote(NEW."note") AS v WHERE NEW."note" IS NOT OLD."note" UNION ALL SELECT 'position' AS k, json_quote(NEW."position") AS v WHERE NEW."position" IS NOT OLD."position")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'payments', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'payments', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'code', NEW."code", 'date', NEW."date", 'amount_fen', NEW."amount_fen", 'kind', NEW."kind", 'note', NEW."note", 'position', NEW."position") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

-- table petition_attachments
CREATE TABLE petition_attachments (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  kind TEXT NOT NULL CHECK (kind IN ('photo', 'document', 'video')),
  mime TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size > 0),
  created_at TEXT NOT NULL
) STRICT;
-- index sqlite_autoindex_petition_attachments_1 ON petition_attachments: automatic (from a UNIQUE or PRIMARY KEY)
-- trigger hdj_petition_attachments_del ON petition_attachments
CREATE TRIGGER "hdj_petition_attachments_del" AFTER DELETE ON "petition_attachments" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_attachments', CAST(OLD."sha256" AS TEXT), 'delete', NULL); END;
-- trigger hdj_petition_attachments_ins ON petition_attachments
CREATE TRIGGER "hdj_petition_attachments_ins" AFTER INSERT ON "petition_attachments" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_attachments', CAST(NEW."sha256" AS TEXT), 'insert', json_object('sha256', NEW."sha256", 'kind', NEW."kind", 'mime', NEW."mime", 'size', NEW."size", 'created_at', NEW."created_at")); END;
-- trigger hdj_petition_attachments_upd ON petition_attachments
CREATE TRIGGER "hdj_petition_attachments_upd" AFTER UPDATE ON "petition_attachments" WHEN NEW."sha256" IS NOT OLD."sha256" OR NEW."kind" IS NOT OLD."kind" OR NEW."mime" IS NOT OLD."mime" OR NEW."size" IS NOT OLD."size" OR NEW."created_at" IS NOT OLD."created_at" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_attachments', CAST(OLD."sha256" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'sha256' AS k, json_quote(NEW."sha256") AS v WHERE NEW."sha256" IS NOT OLD."sha256" UNION ALL SELECT 'kind' AS k, json_quote(NEW."kind") AS v WHERE NEW."kind" IS NOT OLD."kind" UNION ALL SELECT 'mime' AS k, json_quote(NEW."mime") AS v WHERE NEW."mime" IS NOT OLD."mime" UNION ALL SELECT 'size' AS k, json_quote(NEW."size") AS v WHERE NEW."size" IS NOT OLD."size" UNION ALL SELECT 'created_at' AS k, json_quote(NEW."created_at") AS v WHERE NEW."created_at" IS NOT OLD."created_at")) WHERE CAST(OLD."sha256" AS TEXT) IS CAST(NEW."sha256" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_attachments', CAST(OLD."sha256" AS TEXT), 'delete', NULL WHERE CAST(OLD."sha256" AS TEXT) IS NOT CAST(NEW."sha256" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_attachments', CAST(NEW."sha256" AS TEXT), 'insert', json_object('sha256', NEW."sha256", 'kind', NEW."kind", 'mime', NEW."mime", 'size', NEW."size", 'created_at', NEW."created_at") WHERE CAST(OLD."sha256" AS TEXT) IS NOT CAST(NEW."sha256" AS TEXT); END;

-- table petition_attendees
CREATE TABLE "petition_attendees" (
  id INTEGER PRIMARY KEY,
  hearing_id INTEGER NOT NULL REFERENCES petition_hearings (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('petitioner', 'applicant', 'respondent', 'interested', 'outsider', 'agent', 'panel', 'presiding', 'judge', 'clerk', 'notary', 'interpreter')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  panel_role TEXT NULL CHECK (panel_role IN ('人大代表', '政协委员', '律师', '人民调解员', '其他')),
  note TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  CHECK ((kind = 'panel') = (panel_role IS NOT NULL))
) STRICT;
-- index idx_petition_attendees_hearing ON petition_attendees
CREATE INDEX idx_petition_attendees_hearing ON petition_attendees (hearing_id, position);
-- trigger hdj_petition_attendees_del ON petition_attendees
CREATE TRIGGER "hdj_petition_attendees_del" AFTER DELETE ON "petition_attendees" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_attendees', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_petition_attendees_ins ON petition_attendees
CREATE TRIGGER "hdj_petition_attendees_ins" AFTER INSERT ON "petition_attendees" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_attendees', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'hearing_id', NEW."hearing_id", 'kind', NEW."kind", 'name', NEW."name", 'panel_role', NEW."panel_role", 'note', NEW."note", 'position', NEW."position")); END;
-- trigger hdj_petition_attendees_upd ON petition_attendees
CREATE TRIGGER "hdj_petition_attendees_upd" AFTER UPDATE ON "petition_attendees" WHEN NEW."id" IS NOT OLD."id" OR NEW."hearing_id" IS NOT OLD."hearing_id" OR NEW."kind" IS NOT OLD."kind" OR NEW."name" IS NOT OLD."name" OR NEW."panel_role" IS NOT OLD."panel_role" OR NEW."note" IS NOT OLD."note" OR NEW."position" IS NOT OLD."position" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_attendees', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'hearing_id' AS k, json_quote(NEW."hearing_id") AS v WHERE NEW."hearing_id" IS NOT OLD."hearing_id" UNION ALL SELECT 'kind' AS k, json_quote(NEW."kind") AS v WHERE NEW."kind" IS NOT OLD."kind" UNION ALL SELECT 'name' AS k, json_quote(NEW."name") AS v WHERE NEW."name" IS NOT OLD."name" UNION ALL SELECT 'panel_role' AS k, json_quote(NEW."panel_role") AS v WHERE NEW."panel_role" IS NOT OLD."panel_role" UNION ALL SELECT 'note' AS k, json_quote(NEW."note") AS v WHERE NEW."note" IS NOT OLD."note" UNION ALL SELECT 'position' AS k, json_quote(NEW."position") AS v WHERE NEW."position" IS NOT OLD."position")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_attendees', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_attendees', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'hearing_id', NEW."hearing_id", 'kind', NEW."kind", 'name', NEW."name", 'panel_role', NEW."panel_role", 'note', NEW."note", 'position', NEW."position") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_petition_hearings_del ON petition_hearings
CREATE TRIGGER "hdj_petition_hearings_del" AFTER DELETE ON "petition_hearings" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_hearings', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_petition_hearings_ins ON petition_hearings
CREATE TRIGGER "hdj_petition_hearings_ins" AFTER INSERT ON "petition_hearings" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_hearings', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'type', NEW."type", 'title', NEW."title", 'date', NEW."date", 'place', NEW."place", 'public', NEW."public", 'state', NEW."state", 'stage', NEW."stage", 'cursor', NEW."cursor", 'conclusion', NEW."conclusion", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'origin_court', NEW."origin_court", 'origin_case_number', NEW."origin_case_number")); END;
-- trigger hdj_petition_hearings_upd ON petition_hearings
CREATE TRIGGER "hdj_petition_hearings_upd" AFTER UPDATE ON "petition_hearings" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."type" IS NOT OLD."type" OR NEW."title" IS NOT OLD."title" OR NEW."date" IS NOT OLD."date" OR NEW."place" IS NOT OLD."place" OR NEW."public" IS NOT OLD."public" OR NEW."state" IS NOT OLD."state" OR NEW."stage" IS NOT OLD."stage" OR NEW."cursor" IS NOT OLD."cursor" OR NEW."conclusion" IS NOT OLD."conclusion" OR NEW."created_at" IS NOT OLD."created_at" OR NEW."updated_at" IS NOT OLD."updated_at" OR NEW."origin_court" IS NOT OLD."origin_court" OR NEW."origin_case_number" IS NOT OLD."origin_case_number" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_hearings', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'type' AS k, json_quote(NEW."type") AS v WHERE NEW."type" IS NOT OLD."type" UNION ALL SELECT 'title' AS k, json_quote(NEW."title") AS v WHERE NEW."title" IS NOT OLD."title" UNION ALL SELECT 'date' AS k, json_quote(NEW."date") AS v WHERE NEW."date" IS NOT OLD."date" UNION ALL SELECT 'place' AS k, json_quote(NEW."place") AS v WHERE NEW."place" IS NOT OLD."place" UNION ALL SELECT 'public' AS k, json_quote(NEW."public") AS v WHERE NEW."public" IS NOT OLD."public" UNION ALL SELECT 'state' AS k, json_quote(NEW."state") AS v WHERE NEW."state" IS NOT OLD."state" UNION ALL SELECT 'stage' AS k, json_quote(NEW."stage") AS v WHERE NEW."stage" IS NOT OLD."stage" UNION ALL SELECT 'cursor' AS k, json_quote(NEW."cursor") AS v WHERE NEW."cursor" IS NOT OLD."cursor" UNION ALL SELECT 'conclusion' AS k, json_quote(NEW."conclusion") AS v WHERE NEW."conclusion" IS NOT OLD."conclusion" UNION ALL SELECT 'created_at' AS k, json_quote(NEW."created_at") AS v WHERE NEW."created_at" IS NOT OLD."created_at" UNION ALL SELECT 'updated_at' AS k, json_quote(NEW."updated_at") AS v WHERE NEW."updated_at" IS NOT OLD."updated_at" UNION ALL SELECT 'origin_court' AS k, json_quote(NEW."origin_court") AS v WHERE NEW."origin_court" IS NOT OLD."origin_court" UNION ALL SELECT 'origin_case_number' AS k, json_quote(NEW."origin_case_number") AS v WHERE NEW."origin_case_number" IS NOT OLD."origin_case_number")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_hearings', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_hearings', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'type', NEW."type", 'title', NEW."title", 'date', NEW."date", 'place', NEW."place", 'public', NEW."public", 'state', NEW."state", 'stage', NEW."stage", 'cursor', NEW."cursor", 'conclusion', NEW."conclusion", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'origin_court', NEW."origin_court", 'origin_case_number', NEW."origin_case_number") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;
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
-- trigger hdj_petition_item_attachments_del ON petition_item_attachments
CREATE TRIGGER "hdj_petition_item_attachments_del" AFTER DELETE ON "petition_item_attachments" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_item_attachments', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_petition_item_attachments_ins ON petition_item_attachments
CREATE TRIGGER "hdj_petition_item_attachments_ins" AFTER INSERT ON "petition_item_attachments" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_item_attachments', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'item_id', NEW."item_id", 'sha256', NEW."sha256", 'label', NEW."label", 'position', NEW."position", 'annotations_json', NEW."annotations_json")); END;
-- trigger hdj_petition_item_attachments_upd ON petition_item_attachments
CREATE TRIGGER "hdj_petition_item_attachments_upd" AFTER UPDATE ON "petition_item_attachments" WHEN NEW."id" IS NOT OLD."id" OR NEW."item_id" IS NOT OLD."item_id" OR NEW."sha256" IS NOT OLD."sha256" OR NEW."label" IS NOT OLD."label" OR NEW."position" IS NOT OLD."position" OR NEW."annotations_json" IS NOT OLD."annotations_json" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_item_attachments', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'item_id' AS k, json_quote(NEW."item_id") AS v WHERE NEW."item_id" IS NOT OLD."item_id" UNION ALL SELECT 'sha256' AS k, json_quote(NEW."sha256") AS v WHERE NEW."sha256" IS NOT OLD."sha256" UNION ALL SELECT 'label' AS k, json_quote(NEW."label") AS v WHERE NEW."label" IS NOT OLD."label" UNION ALL SELECT 'position' AS k, json_quote(NEW."position") AS v WHERE NEW."position" IS NOT OLD."position" UNION ALL SELECT 'annotations_json' AS k, json_quote(NEW."annotations_json") AS v WHERE NEW."annotations_json" IS NOT OLD."annotations_json")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_item_attachments', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_item_attachments', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'item_id', NEW."item_id", 'sha256', NEW."sha256", 'label', NEW."label", 'position', NEW."position", 'annotations_json', NEW."annotations_json") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_petition_items_del ON petition_items
CREATE TRIGGER "hdj_petition_items_del" AFTER DELETE ON "petition_items" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_items', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_petition_items_ins ON petition_items
CREATE TRIGGER "hdj_petition_items_ins" AFTER INSERT ON "petition_items" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_items', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'hearing_id', NEW."hearing_id", 'position', NEW."position", 'name', NEW."name", 'quantity', NEW."quantity", 'unit', NEW."unit", 'measure', NEW."measure", 'location', NEW."location", 'basis', NEW."basis", 'document_no', NEW."document_no", 'value_fen', NEW."value_fen", 'note', NEW."note")); END;
-- trigger hdj_petition_items_upd ON petition_items
CREATE TRIGGER "hdj_petition_items_upd" AFTER UPDATE ON "petition_items" WHEN NEW."id" IS NOT OLD."id" OR NEW."hearing_id" IS NOT OLD."hearing_id" OR NEW."position" IS NOT OLD."position" OR NEW."name" IS NOT OLD."name" OR NEW."quantity" IS NOT OLD."quantity" OR NEW."unit" IS NOT OLD."unit" OR NEW."measure" IS NOT OLD."measure" OR NEW."location" IS NOT OLD."location" OR NEW."basis" IS NOT OLD."basis" OR NEW."document_no" IS NOT OLD."document_no" OR NEW."value_fen" IS NOT OLD."value_fen" OR NEW."note" IS NOT OLD."note" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_items', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'hearing_id' AS k, json_quote(NEW."hearing_id") AS v WHERE NEW."hearing_id" IS NOT OLD."hearing_id" UNION ALL SELECT 'position' AS k, json_quote(NEW."position") AS v WHERE NEW."position" IS NOT OLD."position" UNION ALL SELECT 'name' AS k, json_quote(NEW."name") AS v WHERE NEW."name" IS NOT OLD."name" UNION ALL SELECT 'quantity' AS k, json_quote(NEW."quantity") AS v WHERE NEW."quantity" IS NOT OLD."quantity" UNION ALL SELECT 'unit' AS k, json_quote(NEW."unit") AS v WHERE NEW."unit" IS NOT OLD."unit" UNION ALL SELECT 'measure' AS k, json_quote(NEW."measure") AS v WHERE NEW."measure" IS NOT OLD."measure" UNION ALL SELECT 'location' AS k, json_quote(NEW."location") AS v WHERE NEW."location" IS NOT OLD."location" UNION ALL SELECT 'basis' AS k, json_quote(NEW."basis") AS v WHERE NEW."basis" IS NOT OLD."basis" UNION ALL SELECT 'document_no' AS k, json_quote(NEW."document_no") AS v WHERE NEW."document_no" IS NOT OLD."document_no" UNION ALL SELECT 'value_fen' AS k, json_quote(NEW."value_fen") AS v WHERE NEW."value_fen" IS NOT OLD."value_fen" UNION ALL SELECT 'note' AS k, json_quote(NEW."note") AS v WHERE NEW."note" IS NOT OLD."note")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_items', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_items', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'hearing_id', NEW."hearing_id", 'position', NEW."position", 'name', NEW."name", 'quantity', NEW."quantity", 'unit', NEW."unit", 'measure', NEW."measure", 'location', NEW."location", 'basis', NEW."basis", 'document_no', NEW."document_no", 'value_fen', NEW."value_fen", 'note', NEW."note") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

-- table petition_opinions
CREATE TABLE petition_opinions (
  id INTEGER PRIMARY KEY,
  hearing_id INTEGER NOT NULL REFERENCES petition_hearings (id) ON DELETE CASCADE,
  attendee_id INTEGER NOT NULL REFERENCES petition_attendees (id) ON DELETE CASCADE,
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
-- index idx_petition_opinions_hearing ON petition_opinions
CREATE INDEX idx_petition_opinions_hearing ON petition_opinions (hearing_id, id);
-- trigger hdj_petition_opinions_del ON petition_opinions
CREATE TRIGGER "hdj_petition_opinions_del" AFTER DELETE ON "petition_opinions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_opinions', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_petition_opinions_ins ON petition_opinions
CREATE TRIGGER "hdj_petition_opinions_ins" AFTER INSERT ON "petition_opinions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_opinions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'hearing_id', NEW."hearing_id", 'attendee_id', NEW."attendee_id", 'text', NEW."text", 'at', NEW."at", 'actor', NEW."actor")); END;
-- trigger hdj_petition_opinions_upd ON petition_opinions
CREATE TRIGGER "hdj_petition_opinions_upd" AFTER UPDATE ON "petition_opinions" WHEN NEW."id" IS NOT OLD."id" OR NEW."hearing_id" IS NOT OLD."hearing_id" OR NEW."attendee_id" IS NOT OLD."attendee_id" OR NEW."text" IS NOT OLD."text" OR NEW."at" IS NOT OLD."at" OR NEW."actor" IS NOT OLD."actor" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_opinions', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'hearing_id' AS k, json_quote(NEW."hearing_id") AS v WHERE NEW."hearing_id" IS NOT OLD."hearing_id" UNION ALL SELECT 'attendee_id' AS k, json_quote(NEW."attendee_id") AS v WHERE NEW."attendee_id" IS NOT OLD."attendee_id" UNION ALL SELECT 'text' AS k, json_quote(NEW."text") AS v WHERE NEW."text" IS NOT OLD."text" UNION ALL SELECT 'at' AS k, json_quote(NEW."at") AS v WHERE NEW."at" IS NOT OLD."at" UNION ALL SELECT 'actor' AS k, json_quote(NEW."actor") AS v WHERE NEW."actor" IS NOT OLD."actor")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_opinions', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_opinions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'hearing_id', NEW."hearing_id", 'attendee_id', NEW."attendee_id", 'text', NEW."text", 'at', NEW."at", 'actor', NEW."actor") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;
-- trigger petition_opinions_no_update ON petition_opinions
CREATE TRIGGER petition_opinions_no_update BEFORE UPDATE ON petition_opinions
  BEGIN SELECT RAISE(ABORT, 'petition_opinions is append-only'); END;

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
-- trigger hdj_petition_questions_del ON petition_questions
CREATE TRIGGER "hdj_petition_questions_del" AFTER DELETE ON "petition_questions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_questions', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_petition_questions_ins ON petition_questions
CREATE TRIGGER "hdj_petition_questions_ins" AFTER INSERT ON "petition_questions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_questions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'item_id', NEW."item_id", 'asker', NEW."asker", 'question', NEW."question", 'answerer', NEW."answerer", 'answer', NEW."answer", 'at', NEW."at", 'answered_at', NEW."answered_at")); END;
-- trigger hdj_petition_questions_upd ON petition_questions
CREATE TRIGGER "hdj_petition_questions_upd" AFTER UPDATE ON "petition_questions" WHEN NEW."id" IS NOT OLD."id" OR NEW."item_id" IS NOT OLD."item_id" OR NEW."asker" IS NOT OLD."asker" OR NEW."question" IS NOT OLD."question" OR NEW."answerer" IS NOT OLD."answerer" OR NEW."answer" IS NOT OLD."answer" OR NEW."at" IS NOT OLD."at" OR NEW."answered_at" IS NOT OLD."answered_at" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_questions', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'item_id' AS k, json_quote(NEW."item_id") AS v WHERE NEW."item_id" IS NOT OLD."item_id" UNION ALL SELECT 'asker' AS k, json_quote(NEW."asker") AS v WHERE NEW."asker" IS NOT OLD."asker" UNION ALL SELECT 'question' AS k, json_quote(NEW."question") AS v WHERE NEW."question" IS NOT OLD."question" UNION ALL SELECT 'answerer' AS k, json_quote(NEW."answerer") AS v WHERE NEW."answerer" IS NOT OLD."answerer" UNION ALL SELECT 'answer' AS k, json_quote(NEW."answer") AS v WHERE NEW."answer" IS NOT OLD."answer" UNION ALL SELECT 'at' AS k, json_quote(NEW."at") AS v WHERE NEW."at" IS NOT OLD."at" UNION ALL SELECT 'answered_at' AS k, json_quote(NEW."answered_at") AS v WHERE NEW."answered_at" IS NOT OLD."answered_at")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_questions', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_questions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'item_id', NEW."item_id", 'asker', NEW."asker", 'question', NEW."question", 'answerer', NEW."answerer", 'answer', NEW."answer", 'at', NEW."at", 'answered_at', NEW."answered_at") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

-- table petition_statements
CREATE TABLE petition_statements (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES petition_items (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('explanation', 'response')),
  stance TEXT NULL CHECK (stance IN ('accepts', 'objects')),
  text TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  actor TEXT NOT NULL, attendee_id INTEGER NULL
  REFERENCES petition_attendees (id) ON DELETE SET NULL,
  CHECK ((kind = 'response') = (stance IS NOT NULL))
) STRICT;
-- index idx_petition_statements_item ON petition_statements
CREATE INDEX idx_petition_statements_item ON petition_statements (item_id, id);
-- trigger hdj_petition_statements_del ON petition_statements
CREATE TRIGGER "hdj_petition_statements_del" AFTER DELETE ON "petition_statements" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_statements', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_petition_statements_ins ON petition_statements
CREATE TRIGGER "hdj_petition_statements_ins" AFTER INSERT ON "petition_statements" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('petition_statements', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'item_id', NEW."item_id", 'kind', NEW."kind", 'stance', NEW."stance", 'text', NEW."text", 'at', NEW."at", 'actor', NEW."actor", 'attendee_id', NEW."attendee_id")); END;
-- trigger hdj_petition_statements_upd ON petition_statements
CREATE TRIGGER "hdj_petition_statements_upd" AFTER UPDATE ON "petition_statements" WHEN NEW."id" IS NOT OLD."id" OR NEW."item_id" IS NOT OLD."item_id" OR NEW."kind" IS NOT OLD."kind" OR NEW."stance" IS NOT OLD."stance" OR NEW."text" IS NOT OLD."text" OR NEW."at" IS NOT OLD."at" OR NEW."actor" IS NOT OLD."actor" OR NEW."attendee_id" IS NOT OLD."attendee_id" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_statements', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'item_id' AS k, json_quote(NEW."item_id") AS v WHERE NEW."item_id" IS NOT OLD."item_id" UNION ALL SELECT 'kind' AS k, json_quote(NEW."kind") AS v WHERE NEW."kind" IS NOT OLD."kind" UNION ALL SELECT 'stance' AS k, json_quote(NEW."stance") AS v WHERE NEW."stance" IS NOT OLD."stance" UNION ALL SELECT 'text' AS k, json_quote(NEW."text") AS v WHERE NEW."text" IS NOT OLD."text" UNION ALL SELECT 'at' AS k, json_quote(NEW."at") AS v WHERE NEW."at" IS NOT OLD."at" UNION ALL SELECT 'actor' AS k, json_quote(NEW."actor") AS v WHERE NEW."actor" IS NOT OLD."actor" UNION ALL SELECT 'attendee_id' AS k, json_quote(NEW."attendee_id") AS v WHERE NEW."attendee_id" IS NOT OLD."attendee_id")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_statements', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'petition_statements', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'item_id', NEW."item_id", 'kind', NEW."kind", 'stance', NEW."stance", 'text', NEW."text", 'at', NEW."at", 'actor', NEW."actor", 'attendee_id', NEW."attendee_id") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;
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
-- trigger hdj_rate_additions_del ON rate_additions
CREATE TRIGGER "hdj_rate_additions_del" AFTER DELETE ON "rate_additions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('rate_additions', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_rate_additions_ins ON rate_additions
CREATE TRIGGER "hdj_rate_additions_ins" AFTER INSERT ON "rate_additions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('rate_additions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'table_name', NEW."table_name", 'effective_from', NEW."effective_from", 'one_year', NEW."one_year", 'over_5y', NEW."over_5y", 'source', NEW."source", 'entered_at', NEW."entered_at", 'entered_by', NEW."entered_by")); END;
-- trigger hdj_rate_additions_upd ON rate_additions
CREATE TRIGGER "hdj_rate_additions_upd" AFTER UPDATE ON "rate_additions" WHEN NEW."id" IS NOT OLD."id" OR NEW."table_name" IS NOT OLD."table_name" OR NEW."effective_from" IS NOT OLD."effective_from" OR NEW."one_year" IS NOT OLD."one_year" OR NEW."over_5y" IS NOT OLD."over_5y" OR NEW."source" IS NOT OLD."source" OR NEW."entered_at" IS NOT OLD."entered_at" OR NEW."entered_by" IS NOT OLD."entered_by" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'rate_additions', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'table_name' AS k, json_quote(NEW."table_name") AS v WHERE NEW."table_name" IS NOT OLD."table_name" UNION ALL SELECT 'effective_from' AS k, json_quote(NEW."effective_from") AS v WHERE NEW."effective_from" IS NOT OLD."effective_from" UNION ALL SELECT 'one_year' AS k, json_quote(NEW."one_year") AS v WHERE NEW."one_year" IS NOT OLD."one_year" UNION ALL SELECT 'over_5y' AS k, json_quote(NEW."over_5y") AS v WHERE NEW."over_5y" IS NOT OLD."over_5y" UNION ALL SELECT 'source' AS k, json_quote(NEW."source") AS v WHERE NEW."source" IS NOT OLD."source" UNION ALL SELECT 'entered_at' AS k, json_quote(NEW."entered_at") AS v WHERE NEW."entered_at" IS NOT OLD."entered_at" UNION ALL SELECT 'entered_by' AS k, json_quote(NEW."entered_by") AS v WHERE NEW."entered_by" IS NOT OLD."entered_by")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'rate_additions', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'rate_additions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'table_name', NEW."table_name", 'effective_from', NEW."effective_from", 'one_year', NEW."one_year", 'over_5y', NEW."over_5y", 'source', NEW."source", 'entered_at', NEW."entered_at", 'entered_by', NEW."entered_by") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

-- table recon_entries
CREATE TABLE recon_entries (
  session_id INTEGER NOT NULL REFERENCES recon_sessions (id) ON DELETE CASCADE,
  entry_key TEXT NOT NULL,
  locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
  finding_json TEXT NULL CHECK (finding_json IS NULL OR json_valid(finding_json)),
  PRIMARY KEY (session_id, entry_key)
) STRICT;
-- index sqlite_autoindex_recon_entries_1 ON recon_entries: automatic (from a UNIQUE or PRIMARY KEY)
-- trigger hdj_recon_entries_del ON recon_entries
CREATE TRIGGER "hdj_recon_entries_del" AFTER DELETE ON "recon_entries" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('recon_entries', json_array(OLD."session_id", OLD."entry_key"), 'delete', NULL); END;
-- trigger hdj_recon_entries_ins ON recon_entries
CREATE TRIGGER "hdj_recon_entries_ins" AFTER INSERT ON "recon_entries" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('recon_entries', json_array(NEW."session_id", NEW."entry_key"), 'insert', json_object('session_id', NEW."session_id", 'entry_key', NEW."entry_key", 'locked', NEW."locked", 'finding_json', NEW."finding_json")); END;
-- trigger hdj_recon_entries_upd ON recon_entries
CREATE TRIGGER "hdj_recon_entries_upd" AFTER UPDATE ON "recon_entries" WHEN NEW."session_id" IS NOT OLD."session_id" OR NEW."entry_key" IS NOT OLD."entry_key" OR NEW."locked" IS NOT OLD."locked" OR NEW."finding_json" IS NOT OLD."finding_json" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_entries', json_array(OLD."session_id", OLD."entry_key"), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'session_id' AS k, json_quote(NEW."session_id") AS v WHERE NEW."session_id" IS NOT OLD."session_id" UNION ALL SELECT 'entry_key' AS k, json_quote(NEW."entry_key") AS v WHERE NEW."entry_key" IS NOT OLD."entry_key" UNION ALL SELECT 'locked' AS k, json_quote(NEW."locked") AS v WHERE NEW."locked" IS NOT OLD."locked" UNION ALL SELECT 'finding_json' AS k, json_quote(NEW."finding_json") AS v WHERE NEW."finding_json" IS NOT OLD."finding_json")) WHERE json_array(OLD."session_id", OLD."entry_key") IS json_array(NEW."session_id", NEW."entry_key"); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_entries', json_array(OLD."session_id", OLD."entry_key"), 'delete', NULL WHERE json_array(OLD."session_id", OLD."entry_key") IS NOT json_array(NEW."session_id", NEW."entry_key"); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_entries', json_array(NEW."session_id", NEW."entry_key"), 'insert', json_object('session_id', NEW."session_id", 'entry_key', NEW."entry_key", 'locked', NEW."locked", 'finding_json', NEW."finding_json") WHERE json_array(OLD."session_id", OLD."entry_key") IS NOT json_array(NEW."session_id", NEW."entry_key"); END;

-- table recon_participants
CREATE TABLE "recon_participants" (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES recon_sessions (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('creditor', 'creditorAgent', 'debtor', 'debtorAgent', 'interested', 'judge', 'assistant', 'clerk')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  position INTEGER NOT NULL
) STRICT;
-- index idx_recon_participants_session ON recon_participants
CREATE INDEX idx_recon_participants_session ON recon_participants (session_id, position);
-- trigger hdj_recon_participants_del ON recon_participants
CREATE TRIGGER "hdj_recon_participants_del" AFTER DELETE ON "recon_participants" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('recon_participants', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_recon_participants_ins ON recon_participants
CREATE TRIGGER "hdj_recon_participants_ins" AFTER INSERT ON "recon_participants" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('recon_participants', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'session_id', NEW."session_id", 'role', NEW."role", 'name', NEW."name", 'position', NEW."position")); END;
-- trigger hdj_recon_participants_upd ON recon_participants
CREATE TRIGGER "hdj_recon_participants_upd" AFTER UPDATE ON "recon_participants" WHEN NEW."id" IS NOT OLD."id" OR NEW."session_id" IS NOT OLD."session_id" OR NEW."role" IS NOT OLD."role" OR NEW."name" IS NOT OLD."name" OR NEW."position" IS NOT OLD."position" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_participants', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'session_id' AS k, json_quote(NEW."session_id") AS v WHERE NEW."session_id" IS NOT OLD."session_id" UNION ALL SELECT 'role' AS k, json_quote(NEW."role") AS v WHERE NEW."role" IS NOT OLD."role" UNION ALL SELECT 'name' AS k, json_quote(NEW."name") AS v WHERE NEW."name" IS NOT OLD."name" UNION ALL SELECT 'position' AS k, json_quote(NEW."position") AS v WHERE NEW."position" IS NOT OLD."position")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_participants', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_participants', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'session_id', NEW."session_id", 'role', NEW."role", 'name', NEW."name", 'position', NEW."position") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

-- table recon_positions
CREATE TABLE "recon_positions" (
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
-- index idx_recon_positions_entry ON recon_positions
CREATE INDEX idx_recon_positions_entry ON recon_positions (session_id, entry_key, side, id);
-- index idx_recon_positions_participant ON recon_positions
CREATE INDEX idx_recon_positions_participant ON recon_positions (participant_id);
-- trigger hdj_recon_positions_del ON recon_positions
CREATE TRIGGER "hdj_recon_positions_del" AFTER DELETE ON "recon_positions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('recon_positions', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_recon_positions_ins ON recon_positions
CREATE TRIGGER "hdj_recon_positions_ins" AFTER INSERT ON "recon_positions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('recon_positions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'session_id', NEW."session_id", 'entry_key', NEW."entry_key", 'side', NEW."side", 'participant_id', NEW."participant_id", 'stance', NEW."stance", 'claim_json', NEW."claim_json", 'statement', NEW."statement", 'rest', NEW."rest", 'offset_ms', NEW."offset_ms", 'at', NEW."at", 'actor', NEW."actor")); END;
-- trigger hdj_recon_positions_upd ON recon_positions
CREATE TRIGGER "hdj_recon_positions_upd" AFTER UPDATE ON "recon_positions" WHEN NEW."id" IS NOT OLD."id" OR NEW."session_id" IS NOT OLD."session_id" OR NEW."entry_key" IS NOT OLD."entry_key" OR NEW."side" IS NOT OLD."side" OR NEW."participant_id" IS NOT OLD."participant_id" OR NEW."stance" IS NOT OLD."stance" OR NEW."claim_json" IS NOT OLD."claim_json" OR NEW."statement" IS NOT OLD."statement" OR NEW."rest" IS NOT OLD."rest" OR NEW."offset_ms" IS NOT OLD."offset_ms" OR NEW."at" IS NOT OLD."at" OR NEW."actor" IS NOT OLD."actor" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_positions', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'session_id' AS k, json_quote(NEW."session_id") AS v WHERE NEW."session_id" IS NOT OLD."session_id" UNION ALL SELECT 'entry_key' AS k, json_quote(NEW."entry_key") AS v WHERE NEW."entry_key" IS NOT OLD."entry_key" UNION ALL SELECT 'side' AS k, json_quote(NEW."side") AS v WHERE NEW."side" IS NOT OLD."side" UNION ALL SELECT 'participant_id' AS k, json_quote(NEW."participant_id") AS v WHERE NEW."participant_id" IS NOT OLD."participant_id" UNION ALL SELECT 'stance' AS k, json_quote(NEW."stance") AS v WHERE NEW."stance" IS NOT OLD."stance" UNION ALL SELECT 'claim_json' AS k, json_quote(NEW."claim_json") AS v WHERE NEW."claim_json" IS NOT OLD."claim_json" UNION ALL SELECT 'statement' AS k, json_quote(NEW."statement") AS v WHERE NEW."statement" IS NOT OLD."statement" UNION ALL SELECT 'rest' AS k, json_quote(NEW."rest") AS v WHERE NEW."rest" IS NOT OLD."rest" UNION ALL SELECT 'offset_ms' AS k, json_quote(NEW."offset_ms") AS v WHERE NEW."offset_ms" IS NOT OLD."offset_ms" UNION ALL SELECT 'at' AS k, json_quote(NEW."at") AS v WHERE NEW."at" IS NOT OLD."at" UNION ALL SELECT 'actor' AS k, json_quote(NEW."actor") AS v WHERE NEW."actor" IS NOT OLD."actor")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_positions', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_positions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'session_id', NEW."session_id", 'entry_key', NEW."entry_key", 'side', NEW."side", 'participant_id', NEW."participant_id", 'stance', NEW."stance", 'claim_json', NEW."claim_json", 'statement', NEW."statement", 'rest', NEW."rest", 'offset_ms', NEW."offset_ms", 'at', NEW."at", 'actor', NEW."actor") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;
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
-- trigger hdj_recon_sessions_del ON recon_sessions
CREATE TRIGGER "hdj_recon_sessions_del" AFTER DELETE ON "recon_sessions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('recon_sessions', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_recon_sessions_ins ON recon_sessions
CREATE TRIGGER "hdj_recon_sessions_ins" AFTER INSERT ON "recon_sessions" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('recon_sessions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'state', NEW."state", 'cursor', NEW."cursor", 'ledger_json', NEW."ledger_json", 'entries_json', NEW."entries_json", 'outcome_json', NEW."outcome_json", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at")); END;
-- trigger hdj_recon_sessions_upd ON recon_sessions
CREATE TRIGGER "hdj_recon_sessions_upd" AFTER UPDATE ON "recon_sessions" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."state" IS NOT OLD."state" OR NEW."cursor" IS NOT OLD."cursor" OR NEW."ledger_json" IS NOT OLD."ledger_json" OR NEW."entries_json" IS NOT OLD."entries_json" OR NEW."outcome_json" IS NOT OLD."outcome_json" OR NEW."created_at" IS NOT OLD."created_at" OR NEW."updated_at" IS NOT OLD."updated_at" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_sessions', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'state' AS k, json_quote(NEW."state") AS v WHERE NEW."state" IS NOT OLD."state" UNION ALL SELECT 'cursor' AS k, json_quote(NEW."cursor") AS v WHERE NEW."cursor" IS NOT OLD."cursor" UNION ALL SELECT 'ledger_json' AS k, json_quote(NEW."ledger_json") AS v WHERE NEW."ledger_json" IS NOT OLD."ledger_json" UNION ALL SELECT 'entries_json' AS k, json_quote(NEW."entries_json") AS v WHERE NEW."entries_json" IS NOT OLD."entries_json" UNION ALL SELECT 'outcome_json' AS k, json_quote(NEW."outcome_json") AS v WHERE NEW."outcome_json" IS NOT OLD."outcome_json" UNION ALL SELECT 'created_at' AS k, json_quote(NEW."created_at") AS v WHERE NEW."created_at" IS NOT OLD."created_at" UNION ALL SELECT 'updated_at' AS k, json_quote(NEW."updated_at") AS v WHERE NEW."updated_at" IS NOT OLD."updated_at")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_sessions', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'recon_sessions', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'state', NEW."state", 'cursor', NEW."cursor", 'ledger_json', NEW."ledger_json", 'entries_json', NEW."entries_json", 'outcome_json', NEW."outcome_json", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;
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
-- trigger hdj_record_locks_del ON record_locks
CREATE TRIGGER "hdj_record_locks_del" AFTER DELETE ON "record_locks" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('record_locks', json_array(OLD."record_kind", OLD."record_id"), 'delete', NULL); END;
-- trigger hdj_record_locks_ins ON record_locks
CREATE TRIGGER "hdj_record_locks_ins" AFTER INSERT ON "record_locks" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('record_locks', json_array(NEW."record_kind", NEW."record_id"), 'insert', json_object('record_kind', NEW."record_kind", 'record_id', NEW."record_id", 'locked_at', NEW."locked_at", 'actor', NEW."actor")); END;
-- trigger hdj_record_locks_upd ON record_locks
CREATE TRIGGER "hdj_record_locks_upd" AFTER UPDATE ON "record_locks" WHEN NEW."record_kind" IS NOT OLD."record_kind" OR NEW."record_id" IS NOT OLD."record_id" OR NEW."locked_at" IS NOT OLD."locked_at" OR NEW."actor" IS NOT OLD."actor" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'record_locks', json_array(OLD."record_kind", OLD."record_id"), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'record_kind' AS k, json_quote(NEW."record_kind") AS v WHERE NEW."record_kind" IS NOT OLD."record_kind" UNION ALL SELECT 'record_id' AS k, json_quote(NEW."record_id") AS v WHERE NEW."record_id" IS NOT OLD."record_id" UNION ALL SELECT 'locked_at' AS k, json_quote(NEW."locked_at") AS v WHERE NEW."locked_at" IS NOT OLD."locked_at" UNION ALL SELECT 'actor' AS k, json_quote(NEW."actor") AS v WHERE NEW."actor" IS NOT OLD."actor")) WHERE json_array(OLD."record_kind", OLD."record_id") IS json_array(NEW."record_kind", NEW."record_id"); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'record_locks', json_array(OLD."record_kind", OLD."record_id"), 'delete', NULL WHERE json_array(OLD."record_kind", OLD."record_id") IS NOT json_array(NEW."record_kind", NEW."record_id"); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'record_locks', json_array(NEW."record_kind", NEW."record_id"), 'insert', json_object('record_kind', NEW."record_kind", 'record_id', NEW."record_id", 'locked_at', NEW."locked_at", 'actor', NEW."actor") WHERE json_array(OLD."record_kind", OLD."record_id") IS NOT json_array(NEW."record_kind", NEW."record_id"); END;
-- trigger record_locks_no_update ON record_locks
CREATE TRIGGER record_locks_no_update BEFORE UPDATE ON record_locks
  BEGIN SELECT RAISE(ABORT, 'a lock is never changed'); END;

-- table row_journal
CREATE TABLE row_journal (
  seq INTEGER PRIMARY KEY,
  tbl TEXT NOT NULL,
  row_key TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'shape')),
  row_json TEXT NULL CHECK (row_json IS NULL OR json_valid(row_json)),
  mac TEXT NULL CHECK (mac IS NULL OR length(mac) = 64)
) STRICT;
-- trigger row_journal_no_delete ON row_journal
CREATE TRIGGER row_journal_no_delete BEFORE DELETE ON row_journal
  BEGIN SELECT RAISE(ABORT, 'row_journal is append-only'); END;
-- trigger row_journal_seal_once ON row_journal
CREATE TRIGGER row_journal_seal_once BEFORE UPDATE ON row_journal
  WHEN OLD.mac IS NOT NULL OR NEW.seq IS NOT OLD.seq OR NEW.tbl IS NOT OLD.tbl
  OR NEW.row_key IS NOT OLD.row_key OR NEW.op IS NOT OLD.op OR NEW.row_json IS NOT OLD.row_json
  BEGIN SELECT RAISE(ABORT, 'a journal row is sealed once and never changed'); END;

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
-- trigger hdj_settlement_items_del ON settlement_items
CREATE TRIGGER "hdj_settlement_items_del" AFTER DELETE ON "settlement_items" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('settlement_items', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_settlement_items_ins ON settlement_items
CREATE TRIGGER "hdj_settlement_items_ins" AFTER INSERT ON "settlement_items" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('settlement_items', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'settlement_id', NEW."settlement_id", 'position', NEW."position", 'kind', NEW."kind", 'amount_fen', NEW."amount_fen", 'detail_json', NEW."detail_json")); END;
-- trigger hdj_settlement_items_upd ON settlement_items
CREATE TRIGGER "hdj_settlement_items_upd" AFTER UPDATE ON "settlement_items" WHEN NEW."id" IS NOT OLD."id" OR NEW."settlement_id" IS NOT OLD."settlement_id" OR NEW."position" IS NOT OLD."position" OR NEW."kind" IS NOT OLD."kind" OR NEW."amount_fen" IS NOT OLD."amount_fen" OR NEW."detail_json" IS NOT OLD."detail_json" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'settlement_items', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'settlement_id' AS k, json_quote(NEW."settlement_id") AS v WHERE NEW."settlement_id" IS NOT OLD."settlement_id" UNION ALL SELECT 'position' AS k, json_quote(NEW."position") AS v WHERE NEW."position" IS NOT OLD."position" UNION ALL SELECT 'kind' AS k, json_quote(NEW."kind") AS v WHERE NEW."kind" IS NOT OLD."kind" UNION ALL SELECT 'amount_fen' AS k, json_quote(NEW."amount_fen") AS v WHERE NEW."amount_fen" IS NOT OLD."amount_fen" UNION ALL SELECT 'detail_json' AS k, json_quote(NEW."detail_json") AS v WHERE NEW."detail_json" IS NOT OLD."detail_json")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'settlement_items', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'settlement_items', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'settlement_id', NEW."settlement_id", 'position', NEW."position", 'kind', NEW."kind", 'amount_fen', NEW."amount_fen", 'detail_json', NEW."detail_json") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;

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
-- trigger hdj_settlements_del ON settlements
CREATE TRIGGER "hdj_settlements_del" AFTER DELETE ON "settlements" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('settlements', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_settlements_ins ON settlements
CREATE TRIGGER "hdj_settlements_ins" AFTER INSERT ON "settlements" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('settlements', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'title', NEW."title", 'status', NEW."status", 'concluded_on', NEW."concluded_on", 'ack_as_of', NEW."ack_as_of", 'principal_fen', NEW."principal_fen", 'fee_fen', NEW."fee_fen", 'interest_fen', NEW."interest_fen", 'delay_fen', NEW."delay_fen", 'waived_fen', NEW."waived_fen", 'clauses_json', NEW."clauses_json", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'origin_court', NEW."origin_court", 'origin_case_number', NEW."origin_case_number")); END;
-- trigger hdj_settlements_upd ON settlements
CREATE TRIGGER "hdj_settlements_upd" AFTER UPDATE ON "settlements" WHEN NEW."id" IS NOT OLD."id" OR NEW."case_id" IS NOT OLD."case_id" OR NEW."title" IS NOT OLD."title" OR NEW."status" IS NOT OLD."status" OR NEW."concluded_on" IS NOT OLD."concluded_on" OR NEW."ack_as_of" IS NOT OLD."ack_as_of" OR NEW."principal_fen" IS NOT OLD."principal_fen" OR NEW."fee_fen" IS NOT OLD."fee_fen" OR NEW."interest_fen" IS NOT OLD."interest_fen" OR NEW."delay_fen" IS NOT OLD."delay_fen" OR NEW."waived_fen" IS NOT OLD."waived_fen" OR NEW."clauses_json" IS NOT OLD."clauses_json" OR NEW."created_at" IS NOT OLD."created_at" OR NEW."updated_at" IS NOT OLD."updated_at" OR NEW."origin_court" IS NOT OLD."origin_court" OR NEW."origin_case_number" IS NOT OLD."origin_case_number" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'settlements', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'case_id' AS k, json_quote(NEW."case_id") AS v WHERE NEW."case_id" IS NOT OLD."case_id" UNION ALL SELECT 'title' AS k, json_quote(NEW."title") AS v WHERE NEW."title" IS NOT OLD."title" UNION ALL SELECT 'status' AS k, json_quote(NEW."status") AS v WHERE NEW."status" IS NOT OLD."status" UNION ALL SELECT 'concluded_on' AS k, json_quote(NEW."concluded_on") AS v WHERE NEW."concluded_on" IS NOT OLD."concluded_on" UNION ALL SELECT 'ack_as_of' AS k, json_quote(NEW."ack_as_of") AS v WHERE NEW."ack_as_of" IS NOT OLD."ack_as_of" UNION ALL SELECT 'principal_fen' AS k, json_quote(NEW."principal_fen") AS v WHERE NEW."principal_fen" IS NOT OLD."principal_fen" UNION ALL SELECT 'fee_fen' AS k, json_quote(NEW."fee_fen") AS v WHERE NEW."fee_fen" IS NOT OLD."fee_fen" UNION ALL SELECT 'interest_fen' AS k, json_quote(NEW."interest_fen") AS v WHERE NEW."interest_fen" IS NOT OLD."interest_fen" UNION ALL SELECT 'delay_fen' AS k, json_quote(NEW."delay_fen") AS v WHERE NEW."delay_fen" IS NOT OLD."delay_fen" UNION ALL SELECT 'waived_fen' AS k, json_quote(NEW."waived_fen") AS v WHERE NEW."waived_fen" IS NOT OLD."waived_fen" UNION ALL SELECT 'clauses_json' AS k, json_quote(NEW."clauses_json") AS v WHERE NEW."clauses_json" IS NOT OLD."clauses_json" UNION ALL SELECT 'created_at' AS k, json_quote(NEW."created_at") AS v WHERE NEW."created_at" IS NOT OLD."created_at" UNION ALL SELECT 'updated_at' AS k, json_quote(NEW."updated_at") AS v WHERE NEW."updated_at" IS NOT OLD."updated_at" UNION ALL SELECT 'origin_court' AS k, json_quote(NEW."origin_court") AS v WHERE NEW."origin_court" IS NOT OLD."origin_court" UNION ALL SELECT 'origin_case_number' AS k, json_quote(NEW."origin_case_number") AS v WHERE NEW."origin_case_number" IS NOT OLD."origin_case_number")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'settlements', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'settlements', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'case_id', NEW."case_id", 'title', NEW."title", 'status', NEW."status", 'concluded_on', NEW."concluded_on", 'ack_as_of', NEW."ack_as_of", 'principal_fen', NEW."principal_fen", 'fee_fen', NEW."fee_fen", 'interest_fen', NEW."interest_fen", 'delay_fen', NEW."delay_fen", 'waived_fen', NEW."waived_fen", 'clauses_json', NEW."clauses_json", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'origin_court', NEW."origin_court", 'origin_case_number', NEW."origin_case_number") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;
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
-- trigger hdj_signatures_del ON signatures
CREATE TRIGGER "hdj_signatures_del" AFTER DELETE ON "signatures" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('signatures', CAST(OLD."id" AS TEXT), 'delete', NULL); END;
-- trigger hdj_signatures_ins ON signatures
CREATE TRIGGER "hdj_signatures_ins" AFTER INSERT ON "signatures" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('signatures', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'record_kind', NEW."record_kind", 'record_id', NEW."record_id", 'signer_key', NEW."signer_key", 'role', NEW."role", 'name', NEW."name", 'outcome', NEW."outcome", 'reason', NEW."reason", 'strokes_json', NEW."strokes_json", 'png', hex(NEW."png"), 'png_sha256', NEW."png_sha256", 'at', NEW."at", 'actor', NEW."actor")); END;
-- trigger hdj_signatures_upd ON signatures
CREATE TRIGGER "hdj_signatures_upd" AFTER UPDATE ON "signatures" WHEN NEW."id" IS NOT OLD."id" OR NEW."record_kind" IS NOT OLD."record_kind" OR NEW."record_id" IS NOT OLD."record_id" OR NEW."signer_key" IS NOT OLD."signer_key" OR NEW."role" IS NOT OLD."role" OR NEW."name" IS NOT OLD."name" OR NEW."outcome" IS NOT OLD."outcome" OR NEW."reason" IS NOT OLD."reason" OR NEW."strokes_json" IS NOT OLD."strokes_json" OR NEW."png" IS NOT OLD."png" OR NEW."png_sha256" IS NOT OLD."png_sha256" OR NEW."at" IS NOT OLD."at" OR NEW."actor" IS NOT OLD."actor" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'signatures', CAST(OLD."id" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'id' AS k, json_quote(NEW."id") AS v WHERE NEW."id" IS NOT OLD."id" UNION ALL SELECT 'record_kind' AS k, json_quote(NEW."record_kind") AS v WHERE NEW."record_kind" IS NOT OLD."record_kind" UNION ALL SELECT 'record_id' AS k, json_quote(NEW."record_id") AS v WHERE NEW."record_id" IS NOT OLD."record_id" UNION ALL SELECT 'signer_key' AS k, json_quote(NEW."signer_key") AS v WHERE NEW."signer_key" IS NOT OLD."signer_key" UNION ALL SELECT 'role' AS k, json_quote(NEW."role") AS v WHERE NEW."role" IS NOT OLD."role" UNION ALL SELECT 'name' AS k, json_quote(NEW."name") AS v WHERE NEW."name" IS NOT OLD."name" UNION ALL SELECT 'outcome' AS k, json_quote(NEW."outcome") AS v WHERE NEW."outcome" IS NOT OLD."outcome" UNION ALL SELECT 'reason' AS k, json_quote(NEW."reason") AS v WHERE NEW."reason" IS NOT OLD."reason" UNION ALL SELECT 'strokes_json' AS k, json_quote(NEW."strokes_json") AS v WHERE NEW."strokes_json" IS NOT OLD."strokes_json" UNION ALL SELECT 'png' AS k, json_quote(hex(NEW."png")) AS v WHERE NEW."png" IS NOT OLD."png" UNION ALL SELECT 'png_sha256' AS k, json_quote(NEW."png_sha256") AS v WHERE NEW."png_sha256" IS NOT OLD."png_sha256" UNION ALL SELECT 'at' AS k, json_quote(NEW."at") AS v WHERE NEW."at" IS NOT OLD."at" UNION ALL SELECT 'actor' AS k, json_quote(NEW."actor") AS v WHERE NEW."actor" IS NOT OLD."actor")) WHERE CAST(OLD."id" AS TEXT) IS CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'signatures', CAST(OLD."id" AS TEXT), 'delete', NULL WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'signatures', CAST(NEW."id" AS TEXT), 'insert', json_object('id', NEW."id", 'record_kind', NEW."record_kind", 'record_id', NEW."record_id", 'signer_key', NEW."signer_key", 'role', NEW."role", 'name', NEW."name", 'outcome', NEW."outcome", 'reason', NEW."reason", 'strokes_json', NEW."strokes_json", 'png', hex(NEW."png"), 'png_sha256', NEW."png_sha256", 'at', NEW."at", 'actor', NEW."actor") WHERE CAST(OLD."id" AS TEXT) IS NOT CAST(NEW."id" AS TEXT); END;
-- trigger signatures_no_update ON signatures
CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures
  BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;

-- table trusted_certificates
CREATE TABLE trusted_certificates (
  fingerprint TEXT PRIMARY KEY CHECK (length(fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9a-f]*'),
  common_name TEXT NOT NULL CHECK (length(common_name) <= 500),
  subject TEXT NOT NULL CHECK (length(subject) <= 2000),
  issuer TEXT NOT NULL CHECK (length(issuer) <= 2000),
  not_before TEXT NOT NULL,
  not_after TEXT NOT NULL,
  der BLOB NOT NULL CHECK (length(der) BETWEEN 100 AND 65536),
  confirmed_by TEXT NOT NULL CHECK (confirmed_by IN ('file', 'fingerprint', 'package')),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  added_at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
-- index sqlite_autoindex_trusted_certificates_1 ON trusted_certificates: automatic (from a UNIQUE or PRIMARY KEY)
-- trigger hdj_trusted_certificates_del ON trusted_certificates
CREATE TRIGGER "hdj_trusted_certificates_del" AFTER DELETE ON "trusted_certificates" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('trusted_certificates', CAST(OLD."fingerprint" AS TEXT), 'delete', NULL); END;
-- trigger hdj_trusted_certificates_ins ON trusted_certificates
CREATE TRIGGER "hdj_trusted_certificates_ins" AFTER INSERT ON "trusted_certificates" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) VALUES ('trusted_certificates', CAST(NEW."fingerprint" AS TEXT), 'insert', json_object('fingerprint', NEW."fingerprint", 'common_name', NEW."common_name", 'subject', NEW."subject", 'issuer', NEW."issuer", 'not_before', NEW."not_before", 'not_after', NEW."not_after", 'der', hex(NEW."der"), 'confirmed_by', NEW."confirmed_by", 'note', NEW."note", 'added_at', NEW."added_at", 'actor', NEW."actor")); END;
-- trigger hdj_trusted_certificates_upd ON trusted_certificates
CREATE TRIGGER "hdj_trusted_certificates_upd" AFTER UPDATE ON "trusted_certificates" WHEN NEW."fingerprint" IS NOT OLD."fingerprint" OR NEW."common_name" IS NOT OLD."common_name" OR NEW."subject" IS NOT OLD."subject" OR NEW."issuer" IS NOT OLD."issuer" OR NEW."not_before" IS NOT OLD."not_before" OR NEW."not_after" IS NOT OLD."not_after" OR NEW."der" IS NOT OLD."der" OR NEW."confirmed_by" IS NOT OLD."confirmed_by" OR NEW."note" IS NOT OLD."note" OR NEW."added_at" IS NOT OLD."added_at" OR NEW."actor" IS NOT OLD."actor" BEGIN INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'trusted_certificates', CAST(OLD."fingerprint" AS TEXT), 'update', (SELECT json_group_object(k, json(v)) FROM (SELECT 'fingerprint' AS k, json_quote(NEW."fingerprint") AS v WHERE NEW."fingerprint" IS NOT OLD."fingerprint" UNION ALL SELECT 'common_name' AS k, json_quote(NEW."common_name") AS v WHERE NEW."common_name" IS NOT OLD."common_name" UNION ALL SELECT 'subject' AS k, json_quote(NEW."subject") AS v WHERE NEW."subject" IS NOT OLD."subject" UNION ALL SELECT 'issuer' AS k, json_quote(NEW."issuer") AS v WHERE NEW."issuer" IS NOT OLD."issuer" UNION ALL SELECT 'not_before' AS k, json_quote(NEW."not_before") AS v WHERE NEW."not_before" IS NOT OLD."not_before" UNION ALL SELECT 'not_after' AS k, json_quote(NEW."not_after") AS v WHERE NEW."not_after" IS NOT OLD."not_after" UNION ALL SELECT 'der' AS k, json_quote(hex(NEW."der")) AS v WHERE NEW."der" IS NOT OLD."der" UNION ALL SELECT 'confirmed_by' AS k, json_quote(NEW."confirmed_by") AS v WHERE NEW."confirmed_by" IS NOT OLD."confirmed_by" UNION ALL SELECT 'note' AS k, json_quote(NEW."note") AS v WHERE NEW."note" IS NOT OLD."note" UNION ALL SELECT 'added_at' AS k, json_quote(NEW."added_at") AS v WHERE NEW."added_at" IS NOT OLD."added_at" UNION ALL SELECT 'actor' AS k, json_quote(NEW."actor") AS v WHERE NEW."actor" IS NOT OLD."actor")) WHERE CAST(OLD."fingerprint" AS TEXT) IS CAST(NEW."fingerprint" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'trusted_certificates', CAST(OLD."fingerprint" AS TEXT), 'delete', NULL WHERE CAST(OLD."fingerprint" AS TEXT) IS NOT CAST(NEW."fingerprint" AS TEXT); INSERT INTO row_journal (tbl, row_key, op, row_json) SELECT 'trusted_certificates', CAST(NEW."fingerprint" AS TEXT), 'insert', json_object('fingerprint', NEW."fingerprint", 'common_name', NEW."common_name", 'subject', NEW."subject", 'issuer', NEW."issuer", 'not_before', NEW."not_before", 'not_after', NEW."not_after", 'der', hex(NEW."der"), 'confirmed_by', NEW."confirmed_by", 'note', NEW."note", 'added_at', NEW."added_at", 'actor', NEW."actor") WHERE CAST(OLD."fingerprint" AS TEXT) IS NOT CAST(NEW."fingerprint" AS TEXT); END;
