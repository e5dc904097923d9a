import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../core/platform/api/errors';
import { call, DB_FILE_NAME, openServices } from '../../core/platform/api/services';
import { APP_VERSION } from '../../core/platform/api/version';
import { verifyAuditChain } from '../../core/platform/db/audit';
import { LATEST_VERSION } from '../../core/platform/db/migrations';
import { openDatabaseReadOnly } from '../../core/platform/db/open';
import { Decimal, sum } from '../../core/lib/money/decimal';
import { failed, ok, start } from '../support/harness';
import { tempDir } from '../support/temp';

describe('cases.createSample', () => {
  it('inserts the twenty-year demonstration case, deterministically', () => {
    const s = start();
    const events: number[] = [];
    s.subscribe('case.changed', (p) => events.push(p.caseId));
    const sample = ok(call(s, 'cases.createSample', {}));
    expect(sample).toMatchObject({
      caseNumber: '(2006)示1084执123号',
      title: '买卖合同纠纷执行案（示例）',
      asOf: '2026-01-21',
    });
    expect(sample.partyNames).toEqual(['某建材有限公司', '张某某']);
    expect(sample.obligations.map((o) => [o.code, o.kind, o.amount])).toEqual([
      ['P', 'principal', '830000.00'],
      ['F', 'fee', '12100.00'],
      ['I', 'interestRunning', null],
    ]);
    expect(sample.obligations[2]).toMatchObject({
      base: 'P',
      schedule: { type: 'benchmarkThenLpr' },
      from: '2005-06-01',
      until: '2006-03-15',
    });
    expect(sample.payments.length).toBeGreaterThanOrEqual(30);
    expect(sample.payments[0]).toMatchObject({ code: 'p1', date: '2007-04-20', amount: '50000.00' });
    expect(sample.payments.at(-1)).toMatchObject({ date: '2026-01-09' });
    expect(new Set(sample.payments.map((p) => p.kind))).toEqual(
      new Set(['自动履行', '划拨', '提取', '拍卖', '变卖', '以物抵债', '其他变价']),
    );
    const paid = sum(sample.payments.map((p) => new Decimal(p.amount)));
    expect(paid.toFixed(2)).toBe('702400.00');
    expect(paid.lessThan(new Decimal('842100.00'))).toBe(true);
    expect(sample.excluded).toMatchObject([{ from: '2012-03-01', to: '2012-08-31', reason: '再审中止' }]);
    expect(events).toEqual([sample.id]);

    const again = failed(call(s, 'cases.createSample', {}));
    expect(again.code).toBe('DUPLICATE');
    expect(again.message_zh).toContain('示例案件已存在');
    expect(ok(call(s, 'cases.list', {}))).toHaveLength(1);

    const db = openDatabaseReadOnly(s.dbFile);
    expect(verifyAuditChain(db)).toMatchObject({ ok: true, rows: 1 + 2 + 3 + sample.payments.length + 1 });
    db.close();
  });
});

describe('openServices', () => {
  it('creates the data folder and the database, and reports itself', () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const s = start(dataDir);
    expect(s.dbFile).toBe(path.join(dataDir, DB_FILE_NAME));
    expect(fs.existsSync(s.dbFile)).toBe(true);
    expect(ok(call(s, 'app.info', {}))).toEqual({
      version: APP_VERSION,
      rules: 'hd-2026.2',
      dataDir,
      host: 'web',
      schemaVersion: LATEST_VERSION,
    });
  });

  it('keeps data across close and reopen', () => {
    const dataDir = tempDir();
    const first = openServices({ dataDir, host: 'electron', actor: '刘某' });
    const created = ok(call(first, 'cases.createSample', {}));
    first.close();
    const second = openServices({ dataDir, host: 'electron' });
    try {
      expect(ok(call(second, 'cases.get', { id: created.id }))).toEqual(created);
    } finally {
      second.close();
    }
  });

  it('refuses to open a database from a newer version', () => {
    const dataDir = tempDir();
    const raw = new Database(path.join(dataDir, DB_FILE_NAME));
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    expect(() => openServices({ dataDir, host: 'web' })).toThrow(AppError);
    expect(() => openServices({ dataDir, host: 'web' })).toThrow(
      expect.objectContaining({ code: 'DB_TOO_NEW' }),
    );
  });

  it('answers calls after close with an envelope, not an exception', () => {
    const s = openServices({ dataDir: tempDir(), host: 'web' });
    s.close();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(failed(s.invoke('cases.list', {})).code).toBe('INTERNAL');
    // a call that arrives while the host shuts down is answered, not logged as a fault
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });
});
