import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../core/platform/api/services';
import { failed, ok, start } from '../support/harness';

function auditRows(file: string, entity: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare('SELECT action, entity_id, after_json FROM audit_log WHERE entity = ? ORDER BY seq')
      .all(entity) as { action: string; entity_id: string; after_json: string | null }[];
  } finally {
    db.close();
  }
}

describe('measures as the law sets them: maximum terms, 续行, 轮候, lapse', () => {
  it('refuses a term beyond the legal maximum of its kind (第四百八十五条), in months or as a stated last day', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)黑1084执20号' }));
    const add = (kind: 'depositFreeze' | 'movableSeal' | 'realEstateSeal', extra: Record<string, unknown>) =>
      call(s, 'measures.add', { caseId: c.id, kind, object: '某财产', startDate: '2026-01-31', ...extra });
    expect(failed(add('depositFreeze', { termMonths: 13 })).message_zh).toBe(
      '冻结存款的期限不得超过 12 个月，最迟至 2027-01-30（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条）',
    );
    expect(failed(add('movableSeal', { termMonths: 25 })).code).toBe('CONFLICT');
    expect(failed(add('realEstateSeal', { statedExpiry: '2029-01-31' })).message_zh).toContain(
      '最迟至 2029-01-30',
    );
    expect(failed(add('depositFreeze', { termMonths: null })).code).toBe('CONFLICT');
    expect(ok(add('realEstateSeal', { statedExpiry: '2029-01-30' })).expiresOn).toBe('2029-01-30');
    expect(ok(add('movableSeal', { termMonths: 24 })).expiresOn).toBe('2028-01-30');
    // a 续行 may not exceed the maximum either
    const d = ok(add('depositFreeze', {}));
    expect(failed(call(s, 'measures.renew', { id: d.id, termMonths: 24 })).code).toBe('CONFLICT');
  });

  it('alerts 30 and 7 days before the last day; unrenewed past it, the measure lapses', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)黑1084执21号' }));
    // 2025-03-01 + 12 months: last day 2026-02-28
    const d = ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'depositFreeze',
        object: '账户',
        startDate: '2025-03-01',
      }),
    );
    const on = (asOf: string) =>
      ok(call(s, 'measures.list', { caseId: c.id, asOf })).measures.find((m) => m.id === d.id)!;
    expect([on('2026-01-28').status, on('2026-01-28').alert]).toEqual(['inForce', null]); // 31 days left
    expect([on('2026-01-29').status, on('2026-01-29').alert]).toEqual(['expiring', 30]); // 30 days left
    expect([on('2026-02-20').alert, on('2026-02-21').alert]).toEqual([30, 7]); // 8 and 7 days left
    expect([on('2026-02-28').alert, on('2026-02-28').daysLeft]).toEqual([7, 0]);
    expect([on('2026-03-01').status, on('2026-03-01').alert]).toEqual(['expired', null]);
    expect(ok(call(s, 'measures.expiring', { asOf: '2026-03-01' })).measures.map((m) => m.status)).toEqual([
      'expired',
    ]);
  });

  it('a 轮候 seal takes effect when the first is released (第二十六条), audited; its term runs from then', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)黑1084执22号' }));
    const first = ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'realEstateSeal',
        object: '某路 1 号 101 室',
        startDate: '2025-06-01',
      }),
    );
    const queued = ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'realEstateSeal',
        object: '某路 1 号 101 室（轮候）',
        startDate: '2025-09-15',
        waitsFor: first.id,
      }),
    );
    const second = ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'realEstateSeal',
        object: '某路 1 号 101 室（第二轮候）',
        startDate: '2025-10-01',
        waitsFor: first.id,
      }),
    );
    expect(queued).toMatchObject({ status: 'waiting', expiresOn: null, effectiveFrom: null, alert: null });
    expect(failed(call(s, 'measures.renew', { id: queued.id })).code).toBe('CONFLICT');
    expect(failed(call(s, 'measures.delete', { id: first.id })).code).toBe('CONFLICT');

    ok(call(s, 'measures.release', { id: first.id, releasedOn: '2026-03-10', note: '申请执行人撤回' }));
    const list = ok(call(s, 'measures.list', { caseId: c.id, asOf: '2026-03-10' })).measures;
    // the first in line is in force from the release, three years: to 2029-03-09; the next now waits for it
    expect(list.find((m) => m.id === queued.id)).toMatchObject({
      status: 'inForce',
      promotedOn: '2026-03-10',
      effectiveFrom: '2026-03-10',
      expiresOn: '2029-03-09',
    });
    expect(list.find((m) => m.id === second.id)).toMatchObject({ status: 'waiting', waitsFor: queued.id });
    const promoted = auditRows(s.dbFile, 'measure').filter(
      (a) => a.action === 'update' && a.entity_id === String(queued.id),
    );
    expect(promoted.length).toBe(1);
    expect(JSON.parse(promoted[0]!.after_json!)).toMatchObject({ promotedOn: '2026-03-10' });
  });

  it('a 轮候 seal behind a measure that lapses unrenewed is in force from the day after the last day', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)黑1084执23号' }));
    const first = ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'depositFreeze',
        object: '账户',
        startDate: '2025-01-31',
      }),
    );
    ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'depositFreeze',
        object: '账户（轮候）',
        startDate: '2025-02-10',
        waitsFor: first.id,
      }),
    );
    const on = (asOf: string) => ok(call(s, 'measures.list', { caseId: c.id, asOf })).measures;
    // first: 2025-01-31 + 12 months → last day 2026-01-30; lapses 2026-01-31
    expect(on('2026-01-30').map((m) => m.status)).toEqual(['expiring', 'waiting']);
    expect(on('2026-01-31').map((m) => [m.status, m.effectiveFrom, m.expiresOn])).toEqual([
      ['expired', '2025-01-31', '2026-01-30'],
      ['inForce', '2026-01-31', '2027-01-30'],
    ]);
  });

  it('deletes a case whose measure was renewed (no raw foreign-key error)', () => {
    const s = start();
    const c = ok(call(s, 'cases.create', { caseNumber: '(2026)黑1084执24号' }));
    const m = ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'depositFreeze',
        object: '账户',
        startDate: '2025-06-01',
      }),
    );
    const r = ok(call(s, 'measures.renew', { id: m.id }));
    ok(
      call(s, 'measures.add', {
        caseId: c.id,
        kind: 'depositFreeze',
        object: '账户',
        startDate: '2025-07-01',
        waitsFor: r.id,
      }),
    );
    ok(call(s, 'cases.delete', { id: c.id }));
    const db = new Database(s.dbFile, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM measures').pluck().get()).toBe(0);
    db.close();
  });
});
