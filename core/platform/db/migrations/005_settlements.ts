import type { Migration } from './types';

/**
 * 执行和解协议 and 执行款分配方案. Money is INTEGER fen. A settlement's plan items keep their main amount
 * in amount_fen (a lump sum, an instalment total, a deduction total, an in-kind value, a third-party
 * payment) and the rest of the item (dates, count, custom parts, who pays whom) in detail_json.
 * Saving a plan replaces its items; the audit row keeps the whole before and after.
 */
const SQL = `
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
  updated_at TEXT NOT NULL,
  CHECK (status = 'draft' OR concluded_on IS NOT NULL)
) STRICT;
CREATE INDEX idx_settlements_case ON settlements (case_id, id);

CREATE TABLE settlement_items (
  id INTEGER PRIMARY KEY,
  settlement_id INTEGER NOT NULL REFERENCES settlements (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('lump', 'instalments', 'deduction', 'inKind', 'thirdParty')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  detail_json TEXT NOT NULL CHECK (json_valid(detail_json)),
  UNIQUE (settlement_id, position)
) STRICT;

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
CREATE INDEX idx_distribution_plans_case ON distribution_plans (case_id, id);

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
`;

export const migration005: Migration = {
  version: 5,
  name: 'settlements',
  up: (db) => {
    db.exec(SQL);
  },
};
