import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

const plan = (db: ReturnType<typeof openDatabase>, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 005 (settlements and distribution plans)', () => {
  const open = () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 5 });
    db.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)和1号', 't', 't')",
    ).run();
    return db;
  };
  const settlement = (extra = '', values = '') =>
    `INSERT INTO settlements (case_id, status, ack_as_of, principal_fen, fee_fen, interest_fen, delay_fen, waived_fen,
       clauses_json, created_at, updated_at${extra}) VALUES (1, 'draft', '2026-01-05', 100, 0, 0, 50, 10, '{}', 't', 't'${values})`;

  it('creates STRICT tables whose checks refuse impossible rows', () => {
    const db = open();
    expect(
      db
        .prepare(
          "SELECT name FROM pragma_table_list WHERE (name LIKE 'settlement%' OR name LIKE 'distribution%') AND strict = 1 ORDER BY name",
        )
        .pluck()
        .all(),
    ).toEqual(['distribution_claims', 'distribution_plans', 'settlement_items', 'settlements']);
    db.prepare(settlement()).run();
    // waived more than the delay interest
    expect(() => db.prepare(settlement().replace("50, 10, '{}'", "50, 60, '{}'")).run()).toThrow(/CHECK/);
    // concluded without a date
    expect(() => db.prepare(settlement().replace("'draft'", "'concluded'")).run()).toThrow(/CHECK/);
    expect(() => db.prepare(settlement().replace('100, 0, 0', '-1, 0, 0')).run()).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO settlement_items (settlement_id, position, kind, amount_fen, detail_json) VALUES (1, 1, 'gift', 1, '{}')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(
      "INSERT INTO distribution_plans (id, case_id, plan_date, amount_fen, created_at, updated_at) VALUES (1, 1, '2026-02-01', 100, 't', 't')",
    ).run();
    // a collateral value only on a secured claim
    expect(() =>
      db
        .prepare(
          "INSERT INTO distribution_claims (plan_id, position, creditor, class, amount_fen, collateral_fen) VALUES (1, 1, '甲', 'ordinary', 1, 1)",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('deleting the case removes its settlements, items, plans and claims; indexes serve the per-case lists', () => {
    const db = open();
    db.prepare(settlement()).run();
    db.prepare(
      "INSERT INTO settlement_items (settlement_id, position, kind, amount_fen, detail_json) VALUES (1, 1, 'lump', 100, '{}')",
    ).run();
    db.prepare(
      "INSERT INTO distribution_plans (id, case_id, plan_date, amount_fen, created_at, updated_at) VALUES (1, 1, '2026-02-01', 100, 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO distribution_claims (plan_id, position, creditor, class, amount_fen, collateral_fen) VALUES (1, 1, '甲', 'secured', 1, 1)",
    ).run();
    expect(plan(db, 'SELECT * FROM settlements WHERE case_id = 1 ORDER BY id')).toContain(
      'idx_settlements_case',
    );
    expect(plan(db, 'SELECT * FROM distribution_plans WHERE case_id = 1 ORDER BY id')).toContain(
      'idx_distribution_plans_case',
    );
    expect(plan(db, 'SELECT * FROM settlement_items WHERE settlement_id = 1 ORDER BY position')).toContain(
      'sqlite_autoindex_settlement_items',
    );
    db.prepare('DELETE FROM cases WHERE id = 1').run();
    for (const t of ['settlements', 'settlement_items', 'distribution_plans', 'distribution_claims'])
      expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
    db.close();
  });
});
