import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../core/platform/db/migrate';
import { openDatabase } from '../../../core/platform/db/open';
import { getSettlement } from '../../../core/features/settlements/store';
import { tempDir } from '../../support/temp';

describe('migration 010 (settlement signing and origin)', () => {
  it('adds the origin columns (NULL for existing rows) and clears signatures when a settlement goes', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'), { migrateTo: 9 });
    db.prepare(
      "INSERT INTO cases (id, case_number, created_at, updated_at) VALUES (1, '(2026)和1号', 't', 't')",
    ).run();
    db.prepare(
      `INSERT INTO settlements (id, case_id, status, ack_as_of, principal_fen, fee_fen, interest_fen, delay_fen, waived_fen,
         clauses_json, created_at, updated_at) VALUES (7, 1, 'draft', '2026-01-05', 100, 0, 0, 0, 0, '{}', 't', 't')`,
    ).run();
    const sign = (kind: string, id: number) =>
      db
        .prepare(
          `INSERT INTO signatures (record_kind, record_id, signer_key, role, name, outcome, reason, at, actor)
           VALUES (?, ?, 'debtor:1', 'debtor', '张某', 'refused', '不签', 't', 'a')`,
        )
        .run(kind, id);
    sign('settlement', 7);
    sign('recon', 7);
    db.prepare("INSERT INTO record_locks VALUES ('settlement', 7, 't', 'a')").run();

    expect(migrate(db)).toBeGreaterThanOrEqual(10);
    expect(getSettlement(db as never, 7)?.origin).toBeNull();
    db.prepare(
      "UPDATE settlements SET origin_court = '甲县人民法院', origin_case_number = '(2025)甲执1号' WHERE id = 7",
    ).run();
    expect(getSettlement(db as never, 7)?.origin).toEqual({
      court: '甲县人民法院',
      caseNumber: '(2025)甲执1号',
    });
    expect(() =>
      db.prepare('UPDATE settlements SET origin_court = ? WHERE id = 7').run('法'.repeat(201)),
    ).toThrow(/CHECK/);

    db.prepare('DELETE FROM cases WHERE id = 1').run();
    // the settlement's signature and lock went with it; another kind's row with the same id stays
    expect(db.prepare('SELECT record_kind FROM signatures').pluck().all()).toEqual(['recon']);
    expect(db.prepare('SELECT count(*) FROM record_locks').pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
