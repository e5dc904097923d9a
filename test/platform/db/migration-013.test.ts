import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditChainReport } from '../../../core/platform/db/audit-report';
import { migrate } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

describe('migration 013 (row journal)', () => {
  it('creates the append-only journal; rows already there are taken in whole and sealed at the next open', () => {
    const file = path.join(tempDir(), 'db.sqlite');
    const old = openDatabase(file, { migrateTo: 11 });
    old
      .prepare(
        "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)索1号', 't', 't')",
      )
      .run();
    old
      .prepare(
        "INSERT INTO payments (case_id, code, date, amount_fen, kind, note, position) VALUES (1, 'p1', '2024-01-01', 100, '自动履行', '', 1)",
      )
      .run();
    old.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(13);
    const rows = db
      .prepare(
        "SELECT tbl, row_key, op, row_json FROM row_journal WHERE tbl IN ('cases', 'payments') ORDER BY seq",
      )
      .all();
    expect(rows).toEqual([
      { tbl: 'cases', row_key: '', op: 'shape', row_json: expect.stringContaining('"reset":true') },
      {
        tbl: 'cases',
        row_key: '1',
        op: 'insert',
        row_json: expect.stringContaining('"case_number":"(2026)索1号"'),
      },
      { tbl: 'payments', row_key: '', op: 'shape', row_json: expect.stringContaining('"amount_fen"') },
      { tbl: 'payments', row_key: '1', op: 'insert', row_json: expect.stringContaining('"amount_fen":100') },
    ]);
    expect(db.prepare('SELECT count(*) FROM row_journal WHERE mac IS NULL').pluck().get()).toBe(0);
    expect(auditChainReport(db).data).toMatchObject({ checked: true, ok: true, rowsCompared: 2 });
    expect(() => db.exec('DELETE FROM row_journal WHERE seq = 1')).toThrow(/append-only/);
    expect(() => db.exec("UPDATE row_journal SET row_json = '{}' WHERE seq = 2")).toThrow(/sealed once/);
    expect(() => db.exec('UPDATE row_journal SET mac = NULL WHERE seq = 2')).toThrow(/sealed once/);
    expect(migrate(db)).toBeGreaterThanOrEqual(13);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
