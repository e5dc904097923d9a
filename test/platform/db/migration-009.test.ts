import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

const plan = (db: ReturnType<typeof openDatabase>, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');

const NEXT_PAYMENT = 'SELECT coalesce(max(position), 0) + 1 FROM payments WHERE case_id = 1';
const NEXT_ENTRY = 'SELECT coalesce(max(position), 0) + 1 FROM entry_set_payments WHERE set_id = 1';

describe('migration 009 (position indexes for appending at scale)', () => {
  it('the next position of a payment becomes an index lookup; rows are untouched', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 8 });
    db.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)索1号', 't', 't')",
    ).run();
    const insert = db.prepare(
      "INSERT INTO payments (case_id, code, date, amount_fen, kind, note, position) VALUES (1, ?, '2024-01-01', 100, '自动履行', '', ?)",
    );
    for (let i = 1; i <= 50; i += 1) insert.run(`p${i}`, i);
    const before = db.prepare('SELECT * FROM payments ORDER BY id').all();
    expect(plan(db, NEXT_PAYMENT)).not.toContain('idx_payments_case_position');

    expect(migrate(db)).toBeGreaterThanOrEqual(9);
    expect(plan(db, NEXT_PAYMENT)).toContain('idx_payments_case_position (case_id=?)');
    expect(plan(db, NEXT_ENTRY)).toContain('idx_entry_set_payments_set_position (set_id=?)');
    expect(db.prepare(NEXT_PAYMENT).pluck().get()).toBe(51);
    expect(db.prepare('SELECT * FROM payments ORDER BY id').all()).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
