import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { getDistributionPlan } from '../../../core/features/settlements/store';
import { tempDir } from '../../support/temp';

describe('migration 014 (distribution rule sets, clocks, the 执行款 register)', () => {
  it("keeps old plans' wage claims as the labelled local choice they were computed with", () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 11 });
    db.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)分1号', 't', 't')",
    ).run();
    const plan = db.prepare(
      "INSERT INTO distribution_plans (id, case_id, plan_date, amount_fen, created_at, updated_at) VALUES (?, 1, '2026-01-05', 100000, 't', 't')",
    );
    plan.run(1);
    plan.run(2);
    const claim = db.prepare(
      'INSERT INTO distribution_claims (plan_id, position, creditor, class, amount_fen, collateral_fen) VALUES (?, ?, ?, ?, ?, ?)',
    );
    claim.run(1, 1, '职工', 'priority', 50000, null);
    claim.run(1, 2, '银行', 'secured', 80000, 60000);
    claim.run(2, 1, '甲', 'ordinary', 100, null);

    expect(migrate(db)).toBeGreaterThanOrEqual(14);
    const old = getDistributionPlan(db as never, 1)!;
    expect(old.rules).toEqual({ ruleSet: 'civil508', livingFirst: true });
    expect(old.claims.map((c) => [c.class, c.amount, c.collateralValue, c.sealedOn, c.disputed])).toEqual([
      ['living', '500.00', null, null, false],
      ['secured', '800.00', '600.00', null, false],
    ]);
    expect(old.clocks.service).toEqual([]);
    expect(getDistributionPlan(db as never, 2)!.rules).toEqual({ ruleSet: 'civil508', livingFirst: false });
    expect(() =>
      db.prepare("UPDATE distribution_plans SET rule_set = 'bankruptcy' WHERE id = 1").run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO case_receipts (case_id, received_on, payer, amount_fen, method, created_at, updated_at) VALUES (1, '2026-01-05', '张某', 0, 'cash', 't', 't')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM cases WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM distribution_claims').pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
