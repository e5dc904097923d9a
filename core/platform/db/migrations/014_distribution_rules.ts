import type { Migration } from './types';

/**
 * Distribution by the rule set the law gives (issue 18), and the 执行款 register.
 *
 * distribution_plans: the rule set chosen and printed per plan (rule_set: civil508 = 民诉法解释 第五百零八条,
 * enterprise514 = 第五百一十四条 by sealing order), the labelled local wage-first choice (living_first), and
 * the dates after the plan (clocks_json: service, 异议, 反对, suit). Plans made before keep what they
 * computed with: their wage claims (class 'priority', labelled 「工资等优先债权」) become 'living' and the
 * plan gets living_first = 1, so the choice it was computed with is now printed instead of silent.
 *
 * distribution_claims is rebuilt to widen the class CHECK ('living') and to add sealed_on (the day the
 * creditor's 查封、扣押、冻结 took effect) and disputed (its share set aside while a suit runs).
 *
 * case_receipts / case_payouts: money received for a case (到账 day, payer, amount, reason, how it came)
 * and what was paid out of it, to whom, under which plan.
 */
const SQL = `
ALTER TABLE distribution_plans ADD COLUMN rule_set TEXT NOT NULL DEFAULT 'civil508'
  CHECK (rule_set IN ('civil508', 'enterprise514'));
ALTER TABLE distribution_plans ADD COLUMN living_first INTEGER NOT NULL DEFAULT 0 CHECK (living_first IN (0, 1));
ALTER TABLE distribution_plans ADD COLUMN clocks_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(clocks_json));

UPDATE distribution_plans SET living_first = 1
  WHERE id IN (SELECT plan_id FROM distribution_claims WHERE class = 'priority');

CREATE TABLE distribution_claims_014 (
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
INSERT INTO distribution_claims_014 (id, plan_id, position, creditor, class, amount_fen, collateral_fen, note)
  SELECT id, plan_id, position, creditor, CASE class WHEN 'priority' THEN 'living' ELSE class END,
    amount_fen, collateral_fen, note
  FROM distribution_claims;
DROP TABLE distribution_claims;
ALTER TABLE distribution_claims_014 RENAME TO distribution_claims;

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
CREATE INDEX idx_case_receipts_case ON case_receipts (case_id, received_on, id);
CREATE INDEX idx_case_receipts_day ON case_receipts (received_on, id);

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
CREATE INDEX idx_case_payouts_receipt ON case_payouts (receipt_id, paid_on, id);
`;

export const migration014: Migration = {
  version: 14,
  name: 'distribution_rules',
  up: (db) => {
    db.exec(SQL);
  },
};
