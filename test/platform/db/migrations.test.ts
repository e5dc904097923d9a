import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/platform/api/errors';
import { caseSql } from '../../../core/features/cases/store/cases';
import { excludedSql } from '../../../core/features/cases/store/excluded';
import { migrate, schemaVersion } from '../../../core/platform/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../../core/platform/db/migrations';
import { obligationSql } from '../../../core/features/cases/store/obligations';
import { openDatabase } from '../../../core/platform/db/open';
import { partySql } from '../../../core/features/cases/store/parties';
import { paymentSql } from '../../../core/features/cases/store/payments';
import type { WriteDb } from '../../../core/platform/db/handle';
import { tempDir } from '../../support/temp';

const TABLES = [
  'cases',
  'parties',
  'obligations',
  'payments',
  'excluded_intervals',
  'audit_log',
  'export_register',
];

function plan(db: WriteDb, sql: string, ...params: unknown[]): string {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

function caughtError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

function seedCase(db: WriteDb): number {
  const info = db
    .prepare("INSERT INTO cases (case_number, created_at, updated_at) VALUES ('(2026)测1号', 't', 't')")
    .run();
  return Number(info.lastInsertRowid);
}

describe('migration list', () => {
  it('is numbered 1..N without gaps, in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('migration 001 (initial)', () => {
  const open = () => openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 1 });

  it('creates every table as STRICT and sets user_version 1', () => {
    const db = open();
    expect(schemaVersion(db)).toBe(1);
    const tables = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name).sort()).toEqual([...TABLES].sort());
    expect(tables.every((t) => t.strict === 1)).toBe(true);
    expect(() =>
      db
        .prepare(
          "INSERT INTO payments (case_id, code, date, amount_fen, kind, position) VALUES (1, 'p', 'd', 'abc', 'k', 1)",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    db.close();
  });

  it('rejects negative fen, zero payments, unknown roles and kinds, and a reversed excluded interval', () => {
    const db = open();
    const caseId = seedCase(db);
    const obligation = db.prepare(
      "INSERT INTO obligations (case_id, code, kind, amount_fen, due, position) VALUES (?, ?, 'principal', ?, '2020-01-01', 1)",
    );
    expect(() => obligation.run(caseId, 'P', -1)).toThrow(/CHECK constraint failed/);
    expect(obligation.run(caseId, 'P', 0).changes).toBe(1);
    const payment = db.prepare(
      "INSERT INTO payments (case_id, code, date, amount_fen, kind, position) VALUES (?, ?, '2020-01-01', ?, '划拨', 1)",
    );
    expect(() => payment.run(caseId, 'p1', 0)).toThrow(/CHECK constraint failed/);
    expect(() => payment.run(caseId, 'p1', -100)).toThrow(/CHECK constraint failed/);
    expect(() => payment.run(caseId, 'p1', 12.5)).toThrow(/cannot store REAL value in INTEGER column/);
    expect(payment.run(caseId, 'p1', 1).changes).toBe(1);
    expect(() =>
      db
        .prepare("INSERT INTO parties (case_id, role, name, position) VALUES (?, 'judge', '某', 1)")
        .run(caseId),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO obligations (case_id, code, kind, amount_fen, due, position) VALUES (?, 'X', 'penalty', 1, '2020-01-01', 2)",
        )
        .run(caseId),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO obligations (case_id, code, kind, from_date, position) VALUES (?, 'I', 'interestRunning', '2020-01-01', 2)",
        )
        .run(caseId),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO excluded_intervals (case_id, from_date, to_date) VALUES (?, '2020-02-01', '2020-01-31')",
        )
        .run(caseId),
    ).toThrow(/CHECK constraint failed/);
    db.close();
  });

  it('cascades children with their case and enforces foreign keys', () => {
    const db = open();
    const caseId = seedCase(db);
    db.prepare(
      "INSERT INTO parties (case_id, role, name, position) VALUES (?, 'applicant', '某公司', 1)",
    ).run(caseId);
    db.prepare(
      "INSERT INTO payments (case_id, code, date, amount_fen, kind, position) VALUES (?, 'p1', '2020-01-01', 100, '划拨', 1)",
    ).run(caseId);
    expect(() =>
      db
        .prepare("INSERT INTO parties (case_id, role, name, position) VALUES (999, 'applicant', '某', 1)")
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
    expect(db.prepare('SELECT count(*) AS n FROM parties').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM payments').get()).toEqual({ n: 0 });
    db.close();
  });

  it('makes audit_log append-only', () => {
    const db = open();
    db.prepare(
      "INSERT INTO audit_log (seq, at, actor, entity, entity_id, action, prev_hash, hash) VALUES (1, 't', 'a', 'case', '1', 'create', ?, ?)",
    ).run('0'.repeat(64), '1'.repeat(64));
    expect(() => db.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });

  it('uses its indexes for every case_id lookup and for the search', () => {
    const db = open();
    expect(plan(db, partySql.list, 1)).toMatch(
      /SEARCH parties USING INDEX idx_parties_case_position \(case_id=\?\)/,
    );
    expect(plan(db, obligationSql.list, 1)).toMatch(
      /SEARCH obligations USING INDEX idx_obligations_case_position \(case_id=\?\)/,
    );
    expect(plan(db, obligationSql.byCode, 1, 'P')).toMatch(
      /USING INDEX sqlite_autoindex_obligations_1 \(case_id=\? AND code=\?\)/,
    );
    expect(plan(db, obligationSql.dependents, 1, 'P')).toMatch(
      /SEARCH obligations USING INDEX idx_obligations_case_position \(case_id=\?\)/,
    );
    expect(plan(db, paymentSql.list, 1)).toMatch(
      /SEARCH payments USING INDEX idx_payments_case_date \(case_id=\?\)/,
    );
    expect(plan(db, paymentSql.totalFen, 1)).toMatch(/SEARCH payments USING (COVERING )?INDEX/);
    expect(plan(db, excludedSql.list, 1)).toMatch(
      /SEARCH excluded_intervals USING INDEX idx_excluded_case_from \(case_id=\?\)/,
    );
    expect(plan(db, caseSql.idByNumber, 'x')).toMatch(
      /SEARCH cases USING COVERING INDEX sqlite_autoindex_cases_1 \(case_number=\?\)/,
    );
    const search = plan(db, caseSql.list, { query: '张', pattern: '%张%' });
    expect(search).toMatch(/SEARCH p USING COVERING INDEX idx_parties_case_name \(case_id=\?\)/);
    expect(search).toMatch(
      /SEARCH p USING (COVERING )?INDEX idx_parties_case_(position|name) \(case_id=\?\)/,
    );
    expect(search).not.toMatch(/SCAN p\b/);
    expect(search).toMatch(/SCAN c USING INDEX idx_cases_updated/);
    expect(search).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    db.close();
  });
});

describe('opening', () => {
  it('sets WAL, foreign keys and busy_timeout, and keeps data across reopening', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    seedCase(db);
    db.close();
    const again = openDatabase(file);
    expect(schemaVersion(again)).toBe(LATEST_VERSION);
    expect(again.prepare('SELECT case_number FROM cases').all()).toEqual([{ case_number: '(2026)测1号' }]);
    again.close();
  });

  it('refuses a database from a newer version and leaves it byte-identical', () => {
    const file = path.join(tempDir(), 'future.sqlite');
    const raw = new Database(file);
    raw.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('kept')");
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const bytes = fs.readFileSync(file);
    const error = caughtError(() => openDatabase(file));
    expect(error.code).toBe('DB_TOO_NEW');
    expect(error.message_zh).toBe(
      `数据库版本（${LATEST_VERSION + 1}）高于本程序支持的版本（${LATEST_VERSION}），请升级程序后再打开；数据未作任何修改。`,
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['future.sqlite']);
  });

  it('reports a file that is not a database as DB_CORRUPT', () => {
    const file = path.join(tempDir(), 'junk.sqlite');
    fs.writeFileSync(file, 'this is not an SQLite database, just some bytes '.repeat(200));
    const error = caughtError(() => openDatabase(file));
    expect(error.code).toBe('DB_CORRUPT');
    expect(error.message_zh).toContain('请从备份恢复');
  });

  it('runs all pending migrations in one transaction: a failure leaves version and schema untouched', () => {
    const file = path.join(tempDir(), 'clash.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE export_register (x TEXT)');
    raw.close();
    expect(() => openDatabase(file)).toThrow(/already exists/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    expect(check.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all()).toEqual([
      { name: 'export_register' },
    ]);
    check.close();
  });

  it('migrate() on an up-to-date database changes nothing', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'));
    expect(migrate(db)).toBe(LATEST_VERSION);
    db.close();
  });
});
