import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertCase } from '../../../core/features/cases/store/cases';
import { exportSql, findExportsBySha256, insertExport, listExports } from '../../../core/platform/db/exports';
import { transaction, type WriteDb } from '../../../core/platform/db/handle';
import { openDatabase } from '../../../core/platform/db/open';
import { tempDir } from '../../support/temp';

const AT = '2026-01-21T08:00:00.000Z';
const SHA = 'c'.repeat(64);

function open(): WriteDb {
  return openDatabase(path.join(tempDir(), 'exports.sqlite'));
}

const plan = (db: WriteDb, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((r) => r.detail)
    .join('\n');

describe('export_register (core/platform/db/exports.ts)', () => {
  it('records an export and finds it by sha256 and by case', () => {
    const db = open();
    const caseId = transaction(db, () =>
      insertCase(
        db,
        { caseNumber: '(2026)黑1084执恢12号', title: '', court: '', judge: '', clerk: '', asOf: null },
        AT,
      ),
    );
    const record = transaction(db, () =>
      insertExport(db, {
        kind: 'statement',
        caseId,
        sha256: SHA,
        signer: '某某工作站',
        at: AT,
        fileName: 'a.pdf',
      }),
    );
    expect(record).toEqual({
      id: 1,
      kind: 'statement',
      caseId,
      sha256: SHA,
      signer: '某某工作站',
      at: AT,
      fileName: 'a.pdf',
    });
    expect(findExportsBySha256(db, SHA.toUpperCase())).toEqual([record]);
    expect(findExportsBySha256(db, 'd'.repeat(64))).toEqual([]);
    expect(listExports(db, caseId)).toEqual([record]);
    db.close();
  });

  it('outlives its case (case_id becomes NULL) and refuses what is not a sha256', () => {
    const db = open();
    const caseId = transaction(db, () =>
      insertCase(
        db,
        { caseNumber: '(2026)黑1084执恢13号', title: '', court: '', judge: '', clerk: '', asOf: null },
        AT,
      ),
    );
    transaction(db, () =>
      insertExport(db, { kind: 'minutes', caseId, sha256: SHA, signer: 's', at: AT, fileName: 'm.pdf' }),
    );
    db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
    expect(findExportsBySha256(db, SHA)[0]).toMatchObject({ caseId: null, kind: 'minutes' });
    expect(() =>
      insertExport(db, { kind: 'x', caseId: null, sha256: 'abc', signer: 's', at: AT, fileName: 'f' }),
    ).toThrow('sha256');
    db.close();
  });

  it('uses the indexes of migration 001 for both look-ups', () => {
    const db = open();
    expect(plan(db, exportSql.bySha256, SHA)).toMatch(/USING INDEX idx_export_register_sha256/);
    expect(plan(db, exportSql.byCase, 1)).toMatch(/USING INDEX idx_export_register_case/);
    db.close();
  });
});
