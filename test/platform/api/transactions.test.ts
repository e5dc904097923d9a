import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Topics } from '../../../core/platform/api/contract';
import { createDispatcher, type DispatchEnv } from '../../../core/platform/api/dispatch';
import type { Handlers } from '../../../core/platform/api/handler';
import { createCase } from '../../../core/features/cases/handlers/cases';
import { handlers } from '../../../core/platform/api/registry';
import { call } from '../../../core/platform/api/services';
import { insertCase } from '../../../core/features/cases/store/cases';
import type { WriteDb } from '../../../core/platform/db/handle';
import { openDatabase } from '../../../core/platform/db/open';
import { insertParty, type PartyFields } from '../../../core/features/cases/store/parties';
import { counts, failed, ok, start } from '../../support/harness';
import { fixedClock, tempDir } from '../../support/temp';

const dbs: WriteDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  vi.restoreAllMocks();
});

function rows(db: WriteDb, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function dispatcher(overrides: Partial<Handlers>) {
  const db = openDatabase(path.join(tempDir(), 'tx.sqlite'));
  dbs.push(db);
  const events: Topics['case.changed'][] = [];
  const env: DispatchEnv = {
    db,
    now: fixedClock(),
    actor: '测试员',
    dataDir: tempDir(),
    host: 'web',
    publish: (topic, payload) =>
      void (topic === 'case.changed' && events.push(payload as Topics['case.changed'])),
  };
  return { db, events, d: createDispatcher({ ...handlers, ...overrides }, env) };
}

describe('one transaction per call', () => {
  it('rolls back the write and its audit row when the handler throws afterwards', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { db, events, d } = dispatcher({
      'payments.add': (ctx, input) => {
        handlers['payments.add'](ctx, input);
        throw new Error('disk on fire');
      },
    });
    const { id: caseId } = ok(d.invoke('cases.create', { caseNumber: '(2026)示1号' }));
    events.length = 0;
    const before = { payments: rows(db, 'payments'), audit: rows(db, 'audit_log') };
    expect(failed(d.invoke('payments.add', { caseId, date: '2020-01-01', amount: '5.00' }))).toEqual({
      code: 'INTERNAL',
      message_zh: '内部错误，操作未保存。',
      message_en: 'Internal error; nothing was saved.',
    });
    expect({ payments: rows(db, 'payments'), audit: rows(db, 'audit_log') }).toEqual(before);
    expect(events).toEqual([]);
    expect(logged).toHaveBeenCalledWith(
      '[hearing-desk] payments.add failed:',
      expect.objectContaining({ message: 'disk on fire' }),
    );
  });

  it('rolls back a created case when a constraint fails later in the same call', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { db, d } = dispatcher({
      'cases.create': (ctx, input) => {
        const created = createCase(ctx, input);
        insertParty(ctx.db, created.id, { role: 'judge', name: '某' } as unknown as PartyFields);
        return created;
      },
    });
    expect(failed(d.invoke('cases.create', { caseNumber: '(2026)示1号' })).code).toBe('INTERNAL');
    expect([rows(db, 'cases'), rows(db, 'parties'), rows(db, 'audit_log')]).toEqual([0, 0, 0]);
  });

  it('runs read methods with writes refused, and leaves the connection writable afterwards', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { db, d } = dispatcher({
      'cases.list': (ctx) => {
        insertCase(
          ctx.db,
          { caseNumber: 'sneaky', title: '', court: '', judge: '', clerk: '', asOf: null },
          ctx.now(),
        );
        return [];
      },
    });
    expect(failed(d.invoke('cases.list', {})).code).toBe('INTERNAL');
    expect(rows(db, 'cases')).toBe(0);
    expect(ok(d.invoke('cases.create', { caseNumber: '(2026)示1号' })).caseNumber).toBe('(2026)示1号');
  });

  it('stamps every row of one call with the same moment', () => {
    const { db, d } = dispatcher({});
    ok(d.invoke('cases.createSample', {}));
    const stamps = db.prepare('SELECT DISTINCT at FROM audit_log').all();
    expect(stamps).toEqual([{ at: '2026-01-21T08:00:00.000Z' }]);
  });
});

describe('events', () => {
  it('publishes case.changed once per call, after the commit is visible to other connections', () => {
    const s = start();
    const seen: { caseId: number; payments: number }[] = [];
    const { id: caseId } = ok(call(s, 'cases.create', { caseNumber: '(2026)示1号' }));
    const stop = s.subscribe('case.changed', (p) =>
      seen.push({ caseId: p.caseId, payments: counts(s).payments }),
    );
    ok(call(s, 'payments.add', { caseId, date: '2020-01-01', amount: '5.00' }));
    expect(seen).toEqual([{ caseId, payments: 1 }]);
    failed(call(s, 'payments.add', { caseId, date: '2020-01-01', amount: '5.001' }));
    ok(call(s, 'cases.get', { id: caseId }));
    expect(seen).toHaveLength(1);
    stop();
    ok(call(s, 'payments.add', { caseId, date: '2020-01-02', amount: '5.00' }));
    expect(seen).toHaveLength(1);
  });

  it('does not turn a saved change into an error when a listener throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const s = start();
    s.subscribe('case.changed', () => {
      throw new Error('renderer went away');
    });
    const created = ok(call(s, 'cases.create', { caseNumber: '(2026)示1号' }));
    expect(ok(call(s, 'cases.get', { id: created.id })).caseNumber).toBe('(2026)示1号');
  });
});
