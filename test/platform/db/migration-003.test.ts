import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entrySetSql } from '../../../core/features/entry-sets/store';
import { importSql } from '../../../core/features/imports/store';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

type Db = ReturnType<typeof openDatabase>;
const plan = (db: Db, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

const SHA = 'a'.repeat(64);
const TABLES = [
  'entry_resolutions',
  'entry_set_payments',
  'entry_sets',
  'import_batch_payments',
  'import_batches',
];

function open(): Db {
  const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 3 });
  db.prepare(
    "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)导1号', 't', 't')",
  ).run();
  db.prepare(
    "INSERT INTO payments (id, case_id, code, date, amount_fen, kind, position) VALUES (1, 1, 'p1', '2024-03-05', 100, '划拨', 1)",
  ).run();
  return db;
}

const batch = (db: Db, over: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO import_batches (case_id, file_name, sha256, format, encoding, sheet, mapping_json, row_count, imported_count, total_fen, imported_by, imported_at)
       VALUES (@case_id, @file_name, @sha256, @format, @encoding, @sheet, @mapping_json, @row_count, @imported_count, @total_fen, 'u', 't')`,
    )
    .run({
      case_id: 1,
      file_name: 'a.csv',
      sha256: SHA,
      format: 'csv',
      encoding: 'utf-8',
      sheet: null,
      mapping_json: '{}',
      row_count: 2,
      imported_count: 2,
      total_fen: 100,
      ...over,
    });

describe('migration 003 (imports and double entry)', () => {
  it('creates STRICT tables at user_version 3', () => {
    const db = open();
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const strict = db
      .prepare(
        'SELECT name FROM pragma_table_list WHERE name IN (' +
          TABLES.map(() => '?').join() +
          ') AND strict = 1 ORDER BY name',
      )
      .pluck()
      .all(...TABLES);
    expect(strict).toEqual(TABLES);
    db.close();
  });

  it('refuses a bad hash, format, mapping or counts', () => {
    const db = open();
    batch(db);
    expect(() => batch(db, { sha256: 'abc' })).toThrow(/CHECK/);
    expect(() => batch(db, { sha256: 'A'.repeat(64) })).toThrow(/CHECK/);
    expect(() => batch(db, { format: 'xls' })).toThrow(/CHECK/);
    expect(() => batch(db, { encoding: 'latin1' })).toThrow(/CHECK/);
    expect(() => batch(db, { mapping_json: '{' })).toThrow(/CHECK/);
    expect(() => batch(db, { imported_count: 3 })).toThrow(/CHECK/);
    expect(() => batch(db, { total_fen: 0 })).toThrow(/CHECK/);
    expect(() => batch(db, { file_name: '' })).toThrow(/CHECK/);
    db.prepare(
      'INSERT INTO import_batch_payments (payment_id, batch_id, row_number, payer) VALUES (1, 1, 2, ?)',
    ).run('张三');
    expect(() =>
      db
        .prepare('INSERT INTO import_batch_payments (payment_id, batch_id, row_number) VALUES (1, 1, 3)')
        .run(),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      db
        .prepare('INSERT INTO import_batch_payments (payment_id, batch_id, row_number) VALUES (1, 1, 0)')
        .run(),
    ).toThrow(/CHECK/);
    // deleting the payment drops its link, and deleting the case drops its batches
    db.prepare('DELETE FROM payments WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM import_batch_payments').pluck().get()).toBe(0);
    db.prepare('DELETE FROM cases WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
    db.close();
  });

  it('keeps entry sets and resolutions consistent', () => {
    const db = open();
    db.prepare(
      "INSERT INTO entry_sets (id, case_id, clerk, label, created_at) VALUES (1, 1, '甲', '', 't'), (2, 1, '乙', '', 't')",
    ).run();
    expect(() =>
      db.prepare("INSERT INTO entry_sets (case_id, clerk, created_at) VALUES (1, '', 't')").run(),
    ).toThrow(/CHECK/);
    const line = db.prepare(
      'INSERT INTO entry_set_payments (set_id, date, amount_fen, kind, position) VALUES (1, ?, ?, ?, 1)',
    );
    line.run('2024-03-05', 100, '划拨');
    expect(() => line.run('2024/03/05', 100, '划拨')).toThrow(/CHECK/);
    expect(() => line.run('2024-03-05', 0, '划拨')).toThrow(/CHECK/);
    expect(() => line.run('2024-03-05', 100, '转账')).toThrow(/CHECK/);
    const resolve = db.prepare(
      "INSERT INTO entry_resolutions (set_a, set_b, diff_key, choice, value_json, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, 'u', 't')",
    );
    resolve.run(1, 2, 'missingInB:1:', 'a', null, '');
    expect(() => resolve.run(1, 2, 'missingInB:1:', 'b', null, '')).toThrow(/UNIQUE/);
    expect(() => resolve.run(1, 1, 'k', 'a', null, '')).toThrow(/CHECK/);
    expect(() => resolve.run(1, 2, 'k2', 'other', 'null', '')).toThrow(/CHECK/); // another value needs a reason
    expect(() => resolve.run(1, 2, 'k3', 'a', '{}', '')).toThrow(/CHECK/); // only "other" carries a value
    resolve.run(1, 2, 'k4', 'other', null, '重复录入');
    db.prepare('DELETE FROM entry_sets WHERE id = 2').run();
    expect(db.prepare('SELECT count(*) FROM entry_resolutions').pluck().get()).toBe(0);
    db.close();
  });

  it('answers its queries from the indexes', () => {
    const db = open();
    expect(plan(db, importSql.list, 1)).toMatch(/USING INDEX idx_import_batches_case_sha \(case_id=\?\)/);
    expect(plan(db, importSql.bySha, 1, SHA)).toMatch(
      /USING INDEX idx_import_batches_case_sha \(case_id=\? AND sha256=\?\)/,
    );
    expect(plan(db, importSql.existing, 1)).toMatch(/idx_payments_case_date[\s\S]*USING INTEGER PRIMARY KEY/);
    expect(plan(db, entrySetSql.sets, 1)).toMatch(/USING INDEX idx_entry_sets_case \(case_id=\?\)/);
    expect(plan(db, entrySetSql.lines, 1)).toMatch(/USING INDEX idx_entry_set_payments_set \(set_id=\?\)/);
    // Either index narrows to one pair; the planner picks by statistics. What matters: no table scan.
    expect(plan(db, entrySetSql.resolutions, 1, 2)).toMatch(
      /SEARCH r USING INDEX (sqlite_autoindex_entry_resolutions_1|idx_entry_resolutions_b)/,
    );
    expect(plan(db, entrySetSql.resolutions, 1, 2)).not.toMatch(/SCAN/);
    expect(plan(db, 'SELECT 1 FROM entry_resolutions WHERE set_b = ?', 2)).toMatch(
      /USING COVERING INDEX idx_entry_resolutions_b/,
    );
    expect(plan(db, 'SELECT 1 FROM import_batch_payments WHERE batch_id = ?', 1)).toMatch(
      /sqlite_autoindex_import_batch_payments_1/,
    );
    db.close();
  });
});
