import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { insertLprAddition, listLprAdditions } from '../../../core/features/rates/store';
import { tempDir } from '../../support/temp';

describe('migration 002 (rate additions)', () => {
  it('upgrades a version-1 database in place, keeping its cases', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const v1 = openDatabase(file, { migrateTo: 1 });
    v1.prepare(
      "INSERT INTO cases (case_number, created_at, updated_at) VALUES ('(2026)测1号', 't', 't')",
    ).run();
    v1.close();
    const db = openDatabase(file, { migrateTo: 2 });
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT case_number FROM cases').pluck().all()).toEqual(['(2026)测1号']);
    const strict = db
      .prepare("SELECT strict FROM pragma_table_list WHERE name = 'rate_additions'")
      .pluck()
      .get();
    expect(strict).toBe(1);
    db.close();
  });

  it('stores LPR fixings with their source, one per date, and finds them by the unique index', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'));
    const row = {
      from: '2025-06-20',
      oneYear: '2.90',
      over5y: '3.40',
      source: '全国银行间同业拆借中心公告',
      enteredAt: '2026-11-23T00:00:00Z',
      enteredBy: '书记员',
    };
    insertLprAddition(db, row);
    expect(() => insertLprAddition(db, row)).toThrow(/UNIQUE/);
    expect(() => insertLprAddition(db, { ...row, from: '2025-07-21', source: '' })).toThrow(/CHECK/);
    expect(listLprAdditions(db)).toEqual([{ id: 1, ...row }]);
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM rate_additions WHERE table_name = 'lpr' AND effective_from = '2025-06-20'",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/USING INDEX sqlite_autoindex_rate_additions_1/);
    db.close();
  });
});
